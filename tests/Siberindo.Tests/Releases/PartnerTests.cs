using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Boards;
using Siberindo.Partners;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Releases;

public sealed class PartnerTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_board_admin_records_partners_and_agreements_that_its_board_page_reminders_and_year_end_report_show(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var board = (await app.WithServiceAsync<BoardService, (Board?, List<Siberindo.Shared.FormError>)>(b =>
            b.CreateAsync(new BoardDraft(BoardLevel.Province, "36", null, today.AddYears(-1), today.AddYears(3), today.AddYears(-1), "SK-1")))).Item1!;
        var http = await Users.SignedInAsync(app, "provinsi@smsi.example", Roles.ProvinceAdmin, province: "36");
        var other = await Users.SignedInAsync(app, "jambi@smsi.example", Roles.ProvinceAdmin, province: "15");

        var created = await Forms.PostAsync(http, "/admin/mitra", new() { ["Name"] = "Dinas Komunikasi dan Informatika Provinsi Banten", ["Kind"] = "Diskominfo", ["ProvinceCode"] = "36" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var partnerUrl = created.Headers.Location!.OriginalString;
        var partner = await app.WithDbAsync(db => db.Set<Partner>().SingleAsync());
        var refused = await Forms.PostAsync(http, "/admin/mitra", new() { ["Name"] = "Diskominfo Jambi", ["Kind"] = "Diskominfo", ["ProvinceCode"] = "15" });
        Assert.Contains("di luar kewenangan", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(partnerUrl)).StatusCode);

        var agreement = await Forms.PostAsync(http, partnerUrl, new()
        {
            ["Agreement.BoardId"] = board.Id.ToString(), ["Agreement.Title"] = "Kerja sama publikasi informasi pembangunan", ["Agreement.Number"] = "045/PKS/2026",
            ["Agreement.Scope"] = "Publikasi rilis dan pelatihan jurnalistik", ["Agreement.StartsOn"] = today.AddMonths(-10).ToString("yyyy-MM-dd"),
            ["Agreement.EndsOn"] = today.AddDays(40).ToString("yyyy-MM-dd"), ["Agreement.Status"] = "Active",
        }, partnerUrl + "?handler=Agreement");
        Assert.Equal(HttpStatusCode.Redirect, agreement.StatusCode);
        var agreementId = await app.WithDbAsync(db => db.Set<Agreement>().Select(a => a.Id).SingleAsync());

        // The signed document: a PDF by its content; a disguised file is refused.
        var page = await http.GetStringAsync(partnerUrl);
        var token = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        async Task<HttpResponseMessage> UploadAsync(byte[] content, string name)
        {
            using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent(agreementId.ToString()), "agreementId" } };
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "document", name);
            return await http.PostAsync(partnerUrl + "?handler=Document", form);
        }
        Assert.Contains("bukan dokumen PDF", await (await UploadAsync("<html></html>"u8.ToArray(), "mou.pdf")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync("%PDF-1.4\n%%EOF\n"u8.ToArray(), "MoU Diskominfo.pdf")).StatusCode);
        var document = await http.GetAsync($"/admin/mitra/kerja-sama/{agreementId}/dokumen");
        Assert.Equal("application/pdf", document.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", document.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/admin/mitra/kerja-sama/{agreementId}/dokumen")).StatusCode);

        // Listed on the board's page, as a reminder (it ends within 90 days), in the year-end report; every change audited.
        Assert.Contains("Kerja sama publikasi informasi pembangunan", await http.GetStringAsync($"/admin/pengurus/{board.Id}"));
        var list = await http.GetStringAsync("/admin/mitra");
        Assert.Contains("ending-agreements", list);
        Assert.Contains("40 hari", list);
        var (_, text) = PdfText.Read(await http.GetByteArrayAsync($"/admin/laporan/36/{today.Year}.pdf"));
        Assert.Contains(PdfText.Compact("Kerja sama dengan mitra pemerintah"), text);
        Assert.Contains(PdfText.Compact("Dinas Komunikasi dan Informatika Provinsi Banten"), text);
        var audited = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.EntityType == "Partner" || e.EntityType == "Agreement").Select(e => e.Action).ToListAsync());
        Assert.Equal(["create", "create", "update"], audited.Order());

        // A partner account: its staff land on the partner's pages, not in the admin area.
        var account = await Forms.PostAsync(http, partnerUrl, new() { ["Account.Email"] = "humas@diskominfo.example" }, partnerUrl + "?handler=Account");
        var password = System.Text.RegularExpressions.Regex.Match(await account.Content.ReadAsStringAsync(), "<code id=\"new-password\">([^<]+)</code>").Groups[1].Value;
        var staff = app.Client();
        var signIn = await Forms.PostAsync(staff, "/masuk", new() { ["Email"] = "humas@diskominfo.example", ["Password"] = password });
        Assert.Equal("/mitra", signIn.Headers.Location!.OriginalString);
        Assert.Contains("Kerja sama publikasi informasi pembangunan", await staff.GetStringAsync("/mitra"));
        Assert.NotEqual(HttpStatusCode.OK, (await staff.GetAsync("/admin/media")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/admin/mitra/kerja-sama/{agreementId}/dokumen")).StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_operator_records_a_partner_and_its_staff_account_from_the_command_line(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var created = await CliRunner.RunAsync(["partner", "create", "--name", "Diskominfo Kota Serang", "--regency", "36.73", .. app.Database.ConfigurationArgs]);
        Assert.True(created.Exit == 0, created.Err);
        var id = int.Parse(created.Out.Split('\t')[0]);
        var partner = await app.WithDbAsync(db => db.Set<Partner>().SingleAsync());
        Assert.Equal((id, "36", "36.73", PartnerKind.Diskominfo), (partner.Id, partner.ProvinceCode, partner.RegencyCode, partner.Kind));

        var unknown = await CliRunner.RunAsync(["partner", "create", "--name", "Diskominfo Entah", "--regency", "99.99", .. app.Database.ConfigurationArgs]);
        Assert.Equal(1, unknown.Exit);
        Assert.Contains("tidak dikenal", unknown.Err);
        var noPartner = await CliRunner.RunAsync(["partner", "account", "--partner", (id + 1).ToString(), "--email", "x@serangkota.example", .. app.Database.ConfigurationArgs]);
        Assert.Equal(1, noPartner.Exit);
        Assert.Contains("tidak ditemukan", noPartner.Err);

        var account = await CliRunner.RunAsync(["partner", "account", "--partner", id.ToString(), "--email", "humas@serangkota.example", .. app.Database.ConfigurationArgs]);
        Assert.True(account.Exit == 0, account.Err);
        var password = System.Text.RegularExpressions.Regex.Match(account.Out, @"\(shown once, store it safely\): (\S+)").Groups[1].Value;
        using var staff = app.Client();
        await Forms.SignInAsync(staff, "humas@serangkota.example", password);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/mitra")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await staff.GetAsync("/admin/media")).StatusCode);

        var listed = await CliRunner.RunAsync(["partner", "list", .. app.Database.ConfigurationArgs]);
        Assert.Equal($"{id}\t{partner.Slug}\t36.73\tDiskominfo Kota Serang\thumas@serangkota.example", listed.Out.Trim());
        var audited = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.EntityType == "Partner" || e.EntityType == "User").Select(e => e.EntityType + " " + e.Action).ToListAsync());
        Assert.Equal(["Partner create", "User create"], audited.Order());
    }
}
