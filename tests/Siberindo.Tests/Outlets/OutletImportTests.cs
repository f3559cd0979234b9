using Microsoft.EntityFrameworkCore;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Outlets;

public sealed class OutletImportTests
{
    private const string Header = "name,company,website,regency,verification,verified_on,feeds";

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Imports_a_good_file_with_feeds(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var file = await WriteAsync(Header,
            "Kabar Serang,PT Kabar Serang Media,https://kabarserang.example,36.04,faktual,2023-05-02,https://kabarserang.example/feed",
            "\"Warta Palu, Edisi Daring\",,warta-palu.example,72.71,belum,,https://warta-palu.example/rss https://warta-palu.example/atom");

        var (exit, output, _) = await CliRunner.RunAsync(["import", "outlets", file, .. db.ConfigurationArgs]);

        Assert.Equal(0, exit);
        Assert.Contains("Imported 2 outlet(s)", output);
        await using var app = await TestApp.StartAsync(db, []);
        var outlets = await app.WithDbAsync(d => d.Outlets.Include(o => o.Feeds).OrderBy(o => o.Name).ToListAsync());
        Assert.Equal(["Kabar Serang", "Warta Palu, Edisi Daring"], outlets.Select(o => o.Name));
        Assert.Equal("36", outlets[0].ProvinceCode);
        Assert.Equal("warta-palu.example", outlets[1].Domain);
        Assert.Equal(2, outlets[1].Feeds.Count);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Refuses_the_whole_file_when_any_row_is_bad_and_keeps_what_was_stored(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var first = await WriteAsync(Header, "Kabar Serang,,https://kabarserang.example,36.04,,,");
        Assert.Equal(0, (await CliRunner.RunAsync(["import", "outlets", first, .. db.ConfigurationArgs])).Exit);

        var bad = await WriteAsync(Header,
            "Good One,,https://good-one.example,36.71,,,",
            "Unknown Place,,https://unknown.example,99.99,,,",
            ",,https://no-name.example,36.71,,,",
            "Copy Of Serang,,https://www.kabarserang.example/,36.04,,,",
            "Twice,,https://twice.example,36.71,,,",
            "Twice Again,,https://twice.example,36.71,,,",
            "Bad Status,,https://status.example,36.71,kinda,,");
        var (exit, _, errors) = await CliRunner.RunAsync(["import", "outlets", bad, .. db.ConfigurationArgs]);

        Assert.Equal(1, exit);
        var name = Path.GetFileName(bad);
        Assert.Contains($"{name}:8:", errors); // status checked while reading
        Assert.Contains("Nothing was imported", errors);

        // Fix the status and the remaining database-level errors come back with their lines.
        bad = await WriteAsync(Header,
            "Good One,,https://good-one.example,36.71,,,",
            "Unknown Place,,https://unknown.example,99.99,,,",
            ",,https://no-name.example,36.71,,,",
            "Copy Of Serang,,https://www.kabarserang.example/,36.04,,,",
            "Twice,,https://twice.example,36.71,,,",
            "Twice Again,,https://twice.example,36.71,,,");
        (exit, _, errors) = await CliRunner.RunAsync(["import", "outlets", bad, .. db.ConfigurationArgs]);
        name = Path.GetFileName(bad);
        Assert.Equal(1, exit);
        Assert.Contains($"{name}:3: Kode kabupaten/kota '99.99' tidak dikenal", errors);
        Assert.Contains($"{name}:4: Nama media wajib diisi", errors);
        Assert.Contains($"{name}:5: Situs https://www.kabarserang.example sudah terdaftar", errors);
        Assert.Contains($"{name}:7: Situs https://twice.example sama dengan baris 6", errors);
        Assert.DoesNotContain($"{name}:2:", errors);

        await using var app = await TestApp.StartAsync(db, []);
        var names = await app.WithDbAsync(d => d.Outlets.Select(o => o.Name).ToListAsync());
        Assert.Equal(["Kabar Serang"], names);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_problem_of_a_file_is_reported_at_once_with_its_true_line(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var bad = await WriteAsync(Header,
            "Unknown Place,,https://unknown.example,99.99,,,",
            "Bad Status,,https://status.example,36.71,kinda,,",
            "Good One,,https://good-one.example,36.71,,,",
            "\"Unclosed Quote,,https://quote.example,36.71,,,",
            "After The Quote,,https://after.example,36.71,,,");

        var (exit, _, errors) = await CliRunner.RunAsync(["import", "outlets", bad, .. db.ConfigurationArgs]);

        Assert.Equal(1, exit);
        var name = Path.GetFileName(bad);
        var lines = errors.Split('\n').Where(l => l.StartsWith(name + ":")).ToList();
        // What the reader finds (a status, a quote) and what the registry finds (a regency), in one run, in line order;
        // the quote is reported where it opens, and nothing after it is taken for a row.
        Assert.Equal(3, lines.Count);
        Assert.StartsWith($"{name}:2: Kode kabupaten/kota '99.99' tidak dikenal", lines[0]);
        Assert.StartsWith($"{name}:3: Status verifikasi 'kinda' tidak dikenal", lines[1]);
        Assert.StartsWith($"{name}:5: Tanda kutip", lines[2]);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_windows_1252_file_from_a_spreadsheet_keeps_its_names(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var path = Path.Combine(Directory.CreateTempSubdirectory("outlets-").FullName, "outlets.csv");
        await File.WriteAllTextAsync(path, Header + "\r\nWarta “Café” – Édisi Kota,,https://wartacafe.example,36.71,,,\r\n", System.Text.Encoding.GetEncoding(1252));

        var (exit, _, errors) = await CliRunner.RunAsync(["import", "outlets", path, .. db.ConfigurationArgs]);

        Assert.True(exit == 0, errors);
        await using var app = await TestApp.StartAsync(db, []);
        Assert.Equal("Warta “Café” – Édisi Kota", await app.WithDbAsync(d => d.Outlets.Select(o => o.Name).SingleAsync()));
    }

    [Fact]
    public async Task Says_what_is_wrong_with_a_file_without_the_required_columns()
    {
        await using var db = await TestDatabase.CreateAsync("Sqlite");
        var file = await WriteAsync("nama,situs", "Kabar,https://kabar.example");
        var (exit, _, errors) = await CliRunner.RunAsync(["import", "outlets", file, .. db.ConfigurationArgs]);
        Assert.Equal(1, exit);
        Assert.Contains("Kolom wajib tidak ada: name, website, regency", errors);
    }

    private static async Task<string> WriteAsync(params string[] lines)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("outlets-").FullName, "outlets.csv");
        await File.WriteAllLinesAsync(path, lines);
        return path;
    }
}
