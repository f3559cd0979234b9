using System.Net;
using System.Net.Http.Headers;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Members;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Association;

public sealed class MemberImportTests
{
    private const string Header = "name,website,regency,status,status_since,joined_on,legal_form,deed_number,deed_date,sk_kemenkumham,capital,verification,administrative_on,factual_on,certificate";

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient http, byte[] content, string fileName)
    {
        var page = await http.GetStringAsync("/admin/anggota/impor");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "Upload", fileName);
        return await http.PostAsync("/admin/anggota/impor", form);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_members_file_is_imported_whole_or_not_at_all_and_round_trips_through_xlsx(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        await Seed.OutletAsync(app, "Warta Cilegon", "https://wartacilegon.example", "36.72");
        await Seed.OutletAsync(app, "Warta Bogor", "https://wartabogor.example", "32.01");
        using var http = await Users.SignedInAsync(app, "banten@smsi.example", Roles.ProvinceAdmin, province: "36");

        // One good row, then rows with a bad date, an outlet of another province and a bad verification: nothing is stored.
        var bad = string.Join("\n", Header,
            "Kabar Serang,https://kabarserang.example,36.04,anggota,2024-01-05,2024-01-05,pt,12/2023,2023-10-01,AHU-1,75000000,faktual,2024-03-01,2024-09-01,DP-1",
            "Warta Cilegon,https://wartacilegon.example,36.72,anggota,05/01/2024,,koperasi,,,,,belum,,,",
            "Warta Bogor,https://wartabogor.example,32.01,anggota,2024-01-05,,pt,,,,,belum,,,",
            "Warta Cilegon,https://wartacilegon.example,36.72,anggota,2024-01-05,,pt,,,,sepuluh,faktual,,2024-01-01,");
        var refused = await (await UploadAsync(http, System.Text.Encoding.UTF8.GetBytes(bad), "anggota.csv")).Content.ReadAsStringAsync();
        Assert.Contains("Baris 3: status_since: tanggal &#x27;05/01/2024&#x27;", refused);
        Assert.Contains("Baris 4: Media https://wartabogor.example tidak terdaftar di wilayah Anda", refused);
        Assert.Contains("Baris 5: Media https://wartacilegon.example sama dengan baris 3", refused);
        Assert.Contains("Modal &#x27;sepuluh&#x27; bukan angka", refused);
        Assert.Contains("Nomor sertifikat wajib diisi", refused);
        // The file field is what the rows' errors are about: marked invalid and described by their list.
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(refused);
        var field = Assert.Single(document.QuerySelectorAll("input[type=file]"));
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        Assert.Contains("Baris 4:", document.GetElementById(field.GetAttribute("aria-describedby")!)?.TextContent);
        Assert.Null(await app.WithDbAsync(db => db.Set<MemberRecord>().Where(m => m.CertificateNumber != null).FirstOrDefaultAsync()));

        var good = string.Join("\n", Header,
            "Kabar Serang,https://kabarserang.example,36.04,anggota,2024-01-05,2024-01-05,pt,12/2023,2023-10-01,AHU-1,75000000,faktual,2024-03-01,2024-09-01,DP-1",
            "Warta Cilegon,https://www.wartacilegon.example/,36.72,dibekukan,2025-02-01,,koperasi,,,,,administratif,2024-06-01,,");
        Assert.Contains("2 baris tersimpan", await (await UploadAsync(http, System.Text.Encoding.UTF8.GetBytes(good), "anggota.csv")).Content.ReadAsStringAsync());
        var serang = await app.WithDbAsync(db => db.Set<MemberRecord>().Include(m => m.Outlet).SingleAsync(m => m.Outlet!.Domain == "kabarserang.example"));
        Assert.Equal((LegalForm.PT, 75_000_000L, "DP-1", Siberindo.Outlets.VerificationStatus.Factual), (serang.LegalForm, serang.CapitalRupiah!.Value, serang.CertificateNumber!, serang.Outlet!.Verification));
        Assert.Equal(MembershipStatus.Suspended, await app.WithDbAsync(db => db.Set<MemberRecord>().Where(m => m.Outlet!.Domain == "wartacilegon.example").Select(m => m.Status).SingleAsync()));

        // The XLSX export holds only the province's members, and imports back unchanged.
        var xlsx = await http.GetByteArrayAsync("/admin/anggota/ekspor.xlsx");
        using (var workbook = new XLWorkbook(new MemoryStream(xlsx)))
        {
            var sheet = workbook.Worksheet(1);
            Assert.Equal(3, sheet.RowsUsed().Count());
            Assert.DoesNotContain("Warta Bogor", string.Join("|", sheet.Column(1).CellsUsed().Select(c => c.GetString())));
        }
        Assert.Contains("2 baris tersimpan", await (await UploadAsync(http, xlsx, "anggota.xlsx")).Content.ReadAsStringAsync());
        Assert.Contains("kabarserang.example", await http.GetStringAsync("/admin/anggota/ekspor.csv"));
        Assert.Contains("tidak dapat dibaca", await (await UploadAsync(http, [1, 2, 3], "rusak.xlsx")).Content.ReadAsStringAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_small_xlsx_that_expands_to_a_million_rows_is_refused_quickly(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var http = await Users.SignedInAsync(app, "banten@smsi.example", Roles.ProvinceAdmin, province: "36");
        var bomb = MillionRowWorkbook();
        Assert.InRange(bomb.Length, 1, 4 * 1024 * 1024); // within the upload limit of 10 MB

        var timer = System.Diagnostics.Stopwatch.StartNew();
        var page = WebUtility.HtmlDecode(await (await UploadAsync(http, bomb, "anggota.xlsx")).Content.ReadAsStringAsync());
        timer.Stop();

        Assert.Contains("Berkas lebih dari 20.000 baris", page);
        // The whole sheet was never loaded: ClosedXML took 25 s of CPU and 3 GB for such a file.
        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(10), $"took {timer.Elapsed}");
        Assert.Null(await app.WithDbAsync(db => db.Set<MemberRecord>().FirstOrDefaultAsync()));
    }

    [SkippableFact]
    public async Task An_upload_over_the_limit_is_answered_413_with_a_page_that_says_so()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        using var http = await Users.SignedInAsync(app, "banten@smsi.example", Roles.ProvinceAdmin, province: "36");

        var response = await UploadAsync(http, new byte[12 * 1024 * 1024], "anggota.csv");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Berkas lebih dari 10 MB", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void A_zip_entry_that_inflates_a_thousandfold_is_refused_before_it_is_read()
    {
        using var file = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(file, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var strings = new StreamWriter(zip.CreateEntry("xl/sharedStrings.xml", System.IO.Compression.CompressionLevel.SmallestSize).Open());
            strings.Write("<sst><si><t>");
            strings.Write(new string('a', 50 * 1024 * 1024));
            strings.Write("</t></si></sst>");
        }
        file.Position = 0;

        var (rows, errors) = MemberTransfer.Read(file, xlsx: true);

        Assert.Empty(rows);
        Assert.Contains("dimampatkan secara tidak wajar", Assert.Single(errors).Message);
    }

    /// <summary>A workbook of 1,000,000 rows of one name each: a few MB zipped, about 30 MB of sheet XML.</summary>
    private static byte[] MillionRowWorkbook()
    {
        using var file = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(file, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(xml);
            }
            Part("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            Part("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Part("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"anggota\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Part("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", System.IO.Compression.CompressionLevel.SmallestSize).Open());
            sheet.Write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            sheet.Write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>name</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>website</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>status</t></is></c></row>");
            for (var r = 2; r <= 1_000_000; r++) sheet.Write($"<row r=\"{r}\"><c><v>1</v></c></row>");
            sheet.Write("</sheetData></worksheet>");
        }
        return file.ToArray();
    }
}
