using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Articles;

public sealed class ArticleImportTests
{
    private static string Line(string guid, string outlet, string title, string published = "2025-08-05T10:00:00+07:00") =>
        JsonSerializer.Serialize(new { guid, outlet, url = $"https://{outlet}/{guid}", title, published, body = $"Isi {title}.\n\nParagraf kedua." });

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Imports_through_the_ingest_pipeline_and_never_stores_an_article_twice(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var file = await WriteAsync(Line("A1", "kabar.example", "Banjir di Serang"), Line("A2", "www.warta.example", "Panen raya"),
            Line("A1", "kabar.example", "Banjir di Serang"));

        var first = await CliRunner.RunAsync(["import", "articles", file, "--create-outlets", .. db.ConfigurationArgs]);
        var again = await CliRunner.RunAsync(["import", "articles", file, "--create-outlets", .. db.ConfigurationArgs]);

        Assert.Equal(0, first.Exit);
        Assert.Contains("Stored 2 new article(s)", first.Out);
        Assert.Contains("2 outlet(s) created", first.Out);
        Assert.Equal(0, again.Exit);
        Assert.Contains("Stored 0 new article(s)", again.Out);
        await using var app = await TestApp.StartAsync(db, []);
        var articles = await app.WithDbAsync(d => d.Articles.Include(a => a.Outlet).OrderBy(a => a.Guid).ToListAsync());
        Assert.Equal(["A1", "A2"], articles.Select(a => a.Guid));
        Assert.Equal("warta.example", articles[1].Outlet!.Domain);
        Assert.Equal(new DateTime(2025, 8, 5, 3, 0, 0, DateTimeKind.Utc), articles[0].Published);
        Assert.StartsWith("Isi Banjir di Serang.", articles[0].Excerpt);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Refuses_a_file_with_a_bad_line_and_stores_nothing(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var file = await WriteAsync(Line("B1", "kabar.example", "Satu"), "{not json", Line("B3", "kabar.example", "Tiga", published: "kemarin"));

        var (exit, _, errors) = await CliRunner.RunAsync(["import", "articles", file, "--create-outlets", .. db.ConfigurationArgs]);

        Assert.Equal(1, exit);
        Assert.Contains("articles.jsonl:2: not valid JSON", errors);
        Assert.Contains("articles.jsonl:3: published 'kemarin' is not an ISO-8601 date", errors);
        await using var app = await TestApp.StartAsync(db, []);
        Assert.Equal(0, await app.WithDbAsync(d => d.Articles.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(d => d.Outlets.CountAsync()));
    }

    [Fact]
    public async Task A_line_of_valid_json_that_is_not_an_object_is_reported_with_its_number()
    {
        await using var db = await TestDatabase.CreateAsync("Sqlite");
        var file = await WriteAsync(Line("D1", "kabar.example", "Satu"), "[1, 2, 3]", "\"teks\"", Line("D4", "kabar.example", "Empat"));

        var (exit, _, errors) = await CliRunner.RunAsync(["import", "articles", file, "--create-outlets", .. db.ConfigurationArgs]);

        Assert.Equal(1, exit);
        Assert.Contains("articles.jsonl:2: not a JSON object (a array)", errors);
        Assert.Contains("articles.jsonl:3: not a JSON object (a string)", errors);
        Assert.DoesNotContain("   at ", errors); // no stack trace
    }

    [Fact]
    public async Task Refuses_unknown_outlets_unless_asked_to_create_them()
    {
        await using var db = await TestDatabase.CreateAsync("Sqlite");
        var file = await WriteAsync(Line("C1", "unknown.example", "Satu"));
        var (exit, _, errors) = await CliRunner.RunAsync(["import", "articles", file, .. db.ConfigurationArgs]);
        Assert.Equal(1, exit);
        Assert.Contains("articles.jsonl:1: outlet 'unknown.example' is not registered (add it first, or pass --create-outlets)", errors);
    }

    private static async Task<string> WriteAsync(params string[] lines)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("articles-").FullName, "articles.jsonl");
        await File.WriteAllLinesAsync(path, lines);
        return path;
    }
}
