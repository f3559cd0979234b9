using System.CommandLine;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Siberindo.Cli;
using Siberindo.Storage;

namespace Siberindo.Stories;

public static class StoryCommands
{
    public static Command Create()
    {
        var stories = new Command("stories", "Stories: near-duplicates and story clustering.");
        var export = CliHost.Command(new Command("export",
            "Print one JSON object per article per line: {\"guid\",\"story\",\"copyOf\"} (copyOf: guid of the copied article, or null)."));
        export.SetAction(async (parse, ct) =>
        {
            await using var app = await CliHost.StartAsync(parse, ct);
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
            var rows = db.Articles.AsNoTracking()
                .OrderBy(a => a.Id)
                .Select(a => new
                {
                    a.Guid,
                    a.StoryId,
                    CopyOf = db.Articles.Where(o => o.Id == a.CopyOfId).Select(o => o.Guid).FirstOrDefault(),
                })
                .AsAsyncEnumerable();
            var output = Console.Out;
            await foreach (var row in rows.WithCancellation(ct))
                await output.WriteLineAsync(JsonSerializer.Serialize(new ExportLine(row.Guid, row.StoryId?.ToString(), row.CopyOf), ExportJson.Default.ExportLine));
            await output.FlushAsync(ct);
            return 0;
        });
        stories.Subcommands.Add(export);
        return stories;
    }
}

public sealed record ExportLine(
    [property: System.Text.Json.Serialization.JsonPropertyName("guid")] string Guid,
    [property: System.Text.Json.Serialization.JsonPropertyName("story")] string? Story,
    [property: System.Text.Json.Serialization.JsonPropertyName("copyOf")] string? CopyOf);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)]
[System.Text.Json.Serialization.JsonSerializable(typeof(ExportLine))]
internal sealed partial class ExportJson : System.Text.Json.Serialization.JsonSerializerContext;
