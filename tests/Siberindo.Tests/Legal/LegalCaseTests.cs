using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Legal;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Legal;

public sealed class LegalCaseTests
{
    private const string Title = "Somasi atas berita tambang pasir";
    private const string Party = "PT Pasir Sejahtera Abadi";

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_case_is_seen_only_by_its_people_and_national_admins_and_elsewhere_only_as_counts(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var serang = await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        var neighbour = await Seed.OutletAsync(app, "Serang Kini", "https://serangkini.example", "36.04");
        using var editor = await Users.SignedInAsync(app, "redaksi@kabarserang.example", Roles.OutletEditor, outlet: serang.Id);
        using var otherEditor = await Users.SignedInAsync(app, "redaksi@serangkini.example", Roles.OutletEditor, outlet: neighbour.Id);
        using var banten = await Users.SignedInAsync(app, "banten@smsi.example", Roles.ProvinceAdmin, province: "36");
        using var serangBoard = await Users.SignedInAsync(app, "serang@smsi.example", Roles.RegencyAdmin, regency: "36.04");
        using var pusat = await Users.SignedInAsync(app, "pusat@smsi.example", Roles.Admin);

        // The member in trouble opens the case for its own outlet (another outlet's id is ignored for an editor).
        var refused = await Forms.PostAsync(editor, "/admin/hukum", new() { ["Kind"] = "CriminalReport", ["Title"] = "", ["Summary"] = "" });
        Assert.Contains("Judul kasus wajib diisi", await refused.Content.ReadAsStringAsync());
        var opened = await Forms.PostAsync(editor, "/admin/hukum", new()
        {
            ["OutletId"] = neighbour.Id.ToString(), ["Kind"] = "CriminalReport", ["Title"] = Title,
            ["Summary"] = "Wartawan kami dilaporkan ke polres dengan pasal pencemaran nama baik setelah memberitakan tambang pasir ilegal.",
        });
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var path = opened.Headers.Location!.ToString();
        var id = await app.WithDbAsync(db => db.Set<LegalCase>().Select(c => c.Id).SingleAsync());
        Assert.Equal($"/admin/hukum/{id}", path);
        Assert.Equal(serang.Id, await app.WithDbAsync(db => db.Set<LegalCase>().Select(c => c.OutletId).SingleAsync()));

        // Its people add the parties, the chronology and documents (checked by content and size).
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(editor, path, new() { ["Party.Name"] = Party, ["Party.Role"] = "Complainant" }, path + "?handler=Party")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(editor, path, new() { ["Entry.On"] = DateTime.UtcNow.ToString("yyyy-MM-dd"), ["Entry.Text"] = "Surat panggilan klarifikasi dari Polres diterima." }, path + "?handler=Entry")).StatusCode);
        Assert.Contains("tidak di masa depan", await (await Forms.PostAsync(editor, path, new() { ["Entry.On"] = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd"), ["Entry.Text"] = "x" }, path + "?handler=Entry")).Content.ReadAsStringAsync());
        var pdf = "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n"u8.ToArray();
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(editor, path, "Surat panggilan", pdf, "panggilan polres.pdf")).StatusCode);
        Assert.Contains("bukan foto JPEG, PNG, WebP atau dokumen PDF", await (await UploadAsync(editor, path, "Palsu", "<html><script>alert(1)</script></html>"u8.ToArray(), "surat.pdf")).Content.ReadAsStringAsync());
        var huge = new byte[10 * 1024 * 1024 + 1];
        pdf.CopyTo(huge, 0);
        Assert.Contains("terlalu besar", await (await UploadAsync(editor, path, "Besar", huge, "besar.pdf")).Content.ReadAsStringAsync());
        var documentId = await app.WithDbAsync(db => db.Set<LegalDocument>().Select(d => d.Id).SingleAsync());
        var download = await editor.GetAsync($"{path}/dokumen/{documentId}");
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());

        // Nobody else sees it: not the neighbour outlet, not the province or regency board until assigned.
        foreach (var outsider in new[] { otherEditor, banten, serangBoard })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"{path}/dokumen/{documentId}")).StatusCode);
            Assert.DoesNotContain(Title, await outsider.GetStringAsync("/admin/hukum"));
            Assert.Equal(HttpStatusCode.NotFound, (await Forms.PostAsync(outsider, "/admin/hukum", new() { ["Party.Name"] = "Penyusup", ["Party.Role"] = "Witness" }, path + "?handler=Party")).StatusCode);
        }
        Assert.DoesNotContain(Title, await banten.GetStringAsync("/admin/audit"));
        Assert.DoesNotContain(Party, await banten.GetStringAsync("/admin/audit"));
        // The member cannot decide the association's side: status and helpers.
        Assert.Equal(HttpStatusCode.NotFound, (await Forms.PostAsync(editor, path, new() { ["StatusChange.Status"] = "Resolved" }, path + "?handler=Status")).StatusCode);

        // Admin pusat sees it and assigns the regency board's account; that account then sees and handles it.
        var national = await pusat.GetStringAsync(path);
        Assert.Contains(Title, national);
        Assert.Contains(Party, national);
        Assert.Contains("Akun dengan email itu tidak ditemukan", await (await Forms.PostAsync(pusat, path, new() { ["Helper.Email"] = "nobody@smsi.example" }, path + "?handler=Helper")).Content.ReadAsStringAsync());
        Assert.Contains("Pendamping harus akun pengurus", await (await Forms.PostAsync(pusat, path, new() { ["Helper.Email"] = "redaksi@serangkini.example" }, path + "?handler=Helper")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(pusat, path, new() { ["Helper.Email"] = "serang@smsi.example" }, path + "?handler=Helper")).StatusCode);
        Assert.Contains(Title, await serangBoard.GetStringAsync("/admin/hukum"));
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(serangBoard, path, new() { ["StatusChange.Status"] = "Resolved" }, path + "?handler=Status")).StatusCode);
        Assert.Contains("Selesai", await editor.GetStringAsync(path));
        Assert.Equal(HttpStatusCode.NotFound, (await banten.GetAsync(path)).StatusCode);

        // Audit entries exist for every change, name the case by number only, and carry no place.
        var audited = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.EntityType == "LegalCase").ToListAsync());
        Assert.Equal(6, audited.Count);
        Assert.All(audited, e => { Assert.Null(e.ProvinceCode); Assert.Equal($"Kasus #{id}", e.EntityName); Assert.DoesNotContain(Party, e.Summary); Assert.DoesNotContain("pasir", e.Summary); });

        // The statistics and the province's year-end report count it, and say nothing of it.
        var year = DateTime.UtcNow.Year;
        var statistics = await app.Client().GetStringAsync("/statistik");
        Assert.Contains("Pendampingan hukum", statistics);
        Assert.Matches(new Regex(@"<dt>Kasus baru</dt><dd>1</dd>"), statistics);
        Assert.Matches(new Regex(@"<dt>Selesai atau ditutup</dt><dd>1</dd>"), statistics);
        Assert.DoesNotContain(Title, statistics);
        var (_, text) = PdfText.Read(await banten.GetByteArrayAsync($"/admin/laporan/36/{year}.pdf"));
        Assert.Contains(PdfText.Compact($"Pada {year} asosiasi mendampingi 1 sengketa pers anggota di provinsi ini: 1 kasus baru"), text);
        Assert.Contains(PdfText.Compact("Laporan pidana atau gugatan"), text);
        Assert.DoesNotContain(PdfText.Compact(Title), text);
        Assert.DoesNotContain(PdfText.Compact(Party), text);
        Assert.DoesNotContain(PdfText.Compact("Kabar Serang"), text[text.IndexOf("Pendampinganhukum", StringComparison.Ordinal)..]);
        var (_, other) = PdfText.Read(await pusat.GetByteArrayAsync($"/admin/laporan/32/{year}.pdf"));
        Assert.Contains(PdfText.Compact("Tidak ada sengketa pers anggota di provinsi ini yang didampingi"), other);
    }

    internal static async Task<HttpResponseMessage> UploadAsync(HttpClient http, string path, string title, byte[] content, string name)
    {
        var page = await http.GetStringAsync(path);
        var token = WebUtility.HtmlDecode(Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent(title), "Document.Title" } };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "Document.File", name);
        return await http.PostAsync(path + "?handler=Document", form);
    }
}
