using System.CommandLine;
using Siberindo.Cli;

namespace Siberindo.Anthology;

/// <summary><c>siberindo anthology build [--round ID] --out DIR</c>: writes anthology.epub and anthology.pdf of a round with published results.</summary>
public static class AnthologyCommands
{
    public static Command Create()
    {
        var round = new Option<int?>("--round") { Description = "The round's id; the latest round with published results when left out." };
        var output = new Option<DirectoryInfo>("--out") { Description = "The folder to write anthology.epub and anthology.pdf into.", Required = true };
        var build = CliHost.Command(new Command("build", "Build a competition round's anthology (EPUB 3 and A5 print PDF) and store it for the public page.") { round, output });
        build.SetAction(async (parse, ct) =>
        {
            await using var app = await CliHost.StartAsync(parse, ct);
            await using var scope = app.Services.CreateAsyncScope();
            var books = scope.ServiceProvider.GetRequiredService<AnthologyService>();
            var id = parse.GetValue(round) ?? (await books.LatestFinishedAsync(ct))?.Id;
            if (id is null) { Console.Error.WriteLine("error: no round has published results yet."); return 2; }
            var built = await books.BuildAsync(id.Value, ct);
            if (built is null) { Console.Error.WriteLine($"error: round {id} does not exist or has no published results."); return 2; }
            var dir = parse.GetValue(output)!;
            dir.Create();
            await File.WriteAllBytesAsync(Path.Combine(dir.FullName, "anthology.epub"), built.Epub, ct);
            await File.WriteAllBytesAsync(Path.Combine(dir.FullName, "anthology.pdf"), built.Pdf, ct);
            Console.WriteLine($"{built.Title}: {built.Entries} entries; {Path.Combine(dir.FullName, "anthology.epub")} ({built.Epub.Length} bytes), " +
                              $"{Path.Combine(dir.FullName, "anthology.pdf")} ({built.PdfPages} pages, {built.Pdf.Length} bytes).");
            return 0;
        });
        var anthology = new Command("anthology", "The writing competition's free book.");
        anthology.Subcommands.Add(build);
        return anthology;
    }
}
