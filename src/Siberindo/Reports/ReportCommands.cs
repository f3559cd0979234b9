using System.CommandLine;
using Siberindo.Cli;

namespace Siberindo.Reports;

public static class ReportCommands
{
    public static Command Create()
    {
        var province = new Option<string>("--province") { Description = "Kemendagri province code, e.g. 36.", Required = true };
        var year = new Option<int>("--year") { Description = "The year reported on.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "The PDF file to write.", Required = true };
        var annual = CliHost.Command(new Command("annual", "Write a province's year-end report (laporan akhir tahun) as PDF.") { province, year, output });
        annual.SetAction(async (parse, ct) =>
        {
            var (code, y, file) = (parse.GetValue(province)!.Trim(), parse.GetValue(year), parse.GetValue(output)!);
            if (y < 1990 || y > DateTime.UtcNow.Year) { Console.Error.WriteLine($"error: year {y} is not between 1990 and this year."); return 2; }
            await using var app = await CliHost.StartAsync(parse, ct);
            await using var scope = app.Services.CreateAsyncScope();
            using var buffer = new MemoryStream();
            if (!await scope.ServiceProvider.GetRequiredService<AnnualReport>().WriteAsync(code, y, buffer, ct))
            {
                Console.Error.WriteLine($"error: unknown province code '{code}'.");
                return 2;
            }
            // Written only once complete, so a failed run never leaves half a PDF behind.
            await File.WriteAllBytesAsync(file.FullName, buffer.ToArray(), ct);
            Console.WriteLine($"{file.FullName}: {buffer.Length} bytes.");
            return 0;
        });
        var report = new Command("report", "Reports of the association.");
        report.Subcommands.Add(annual);
        return report;
    }
}
