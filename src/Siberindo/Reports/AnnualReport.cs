using System.Globalization;
using Siberindo.Outlets;
using Siberindo.Portal;
using Siberindo.Programs;
using Siberindo.Statistics;

namespace Siberindo.Reports;

/// <summary>
/// The year-end report (laporan akhir tahun) of one province as a PDF in Bahasa Indonesia: key figures, charts and
/// lists, from <see cref="MemberStatistics.RegionalAsync"/>, the same computation as the public statistics page.
/// </summary>
public sealed class AnnualReport(MemberStatistics stats, IEnumerable<IAnnualReportSection> sections, ReportNarratives narratives)
{
    private static readonly CultureInfo Id = PortalFormat.Indonesian;

    /// <summary>Writes the report to <paramref name="output"/>; false when the province code is unknown.</summary>
    public async Task<bool> WriteAsync(string provinceCode, int year, Stream output, CancellationToken ct = default)
    {
        var r = await stats.RegionalAsync(provinceCode, year, ct);
        if (r is null) return false;
        var more = new List<Action<PdfCanvas>>();
        foreach (var section in sections) if (await section.ComposeAsync(provinceCode, year, ct) is { } write) more.Add(write);
        var own = await narratives.ListAsync(provinceCode, year, ct);
        using var buffer = new MemoryStream();
        using (var pdf = new PdfCanvas(buffer, $"Laporan Akhir Tahun {year} – {r.ProvinceName}", $"Laporan Akhir Tahun {year} · {r.ProvinceName} · Siberindo"))
        {
            Write(pdf, r, own);
            foreach (var write in more) write(pdf);
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct);
        return true;
    }

    private static void Write(PdfCanvas pdf, RegionalReport r, List<ReportNarrative> own)
    {
        pdf.Heading($"Laporan Akhir Tahun {r.Year}", 22);
        pdf.Heading($"Pengurus Provinsi {r.ProvinceName}", 14);
        pdf.Paragraph($"Data per {Date(r.AsOf)}. Angka dihitung dari riwayat keanggotaan dan tanggal verifikasi Dewan Pers yang tercatat di Siberindo, " +
                      "dengan cara yang sama seperti halaman statistik publik (/statistik).");

        // The board's own sections (a foreword, the year's highlights) come first, as in the provinces' published reports.
        foreach (var section in own)
        {
            pdf.Heading(section.Title, 14);
            pdf.Paragraph(section.Body);
        }

        pdf.Heading("Ringkasan", 14);
        pdf.Figures(
        [
            ("Anggota akhir tahun", N(r.End.Members)),
            ("Anggota baru", N(r.NewMembers)),
            ("Keluar/dibekukan", N(r.Left)),
            ("Terverifikasi administratif", N(r.End.Administrative)),
            ("Terverifikasi faktual", N(r.End.Factual)),
            ("Baru terverifikasi", N(r.NewlyAdministrative + r.NewlyFactual)),
            ("Pengurus kab/kota dibentuk", N(r.BoardsFormed.Count)),
            ("Kab/kota berpengurus", $"{r.RegenciesWithBoard} / {r.Regencies}"),
            ("Kegiatan", N(r.Events.Count)),
        ]);
        pdf.Paragraph($"Pada {r.Year} jumlah anggota berubah dari {N(r.Start.Members)} menjadi {N(r.End.Members)}: {N(r.NewMembers)} anggota baru, " +
                      $"{N(r.Left)} keluar atau dibekukan. Anggota terverifikasi (administratif dan faktual) berubah dari {N(r.Start.Verified)} menjadi {N(r.End.Verified)}; " +
                      $"{N(r.NewlyAdministrative)} media lolos verifikasi administratif dan {N(r.NewlyFactual)} lolos verifikasi faktual. " +
                      $"Pendampingan verifikasi: {N(r.CasesOpened)} dibuka, {N(r.CasesClosed)} selesai.");

        pdf.Heading("Perkembangan anggota sepanjang tahun", 13);
        var trend = Charts.Trend(r.Monthly, monthly: true);
        pdf.Chart((canvas, w, h) => trend.Render(canvas, w, h), 230);

        pdf.Heading("Anggota per kabupaten/kota", 13);
        pdf.Table(["Kabupaten/kota", "Anggota", "Terverifikasi"], r.ByRegency.Select(x => new[] { x.Regency, N(x.Members), N(x.Verified) }), [0.6f, 0.2f, 0.2f]);

        pdf.Heading("Anggota baru", 13);
        if (r.NewMemberList.Count == 0) pdf.Paragraph("Tidak ada anggota baru tahun ini.");
        else pdf.Table(["Media", "Kabupaten/kota", "Sejak"], r.NewMemberList.Select(x => new[] { x.Outlet, x.Regency, Date(x.On) }), [0.45f, 0.35f, 0.2f]);

        pdf.Heading("Kemajuan verifikasi Dewan Pers", 13);
        var verification = Charts.ProvinceBars([r.Start with { ProvinceName = $"Akhir {r.Year - 1}" }, r.End with { ProvinceName = $"Per {r.AsOf:dd-MM-yyyy}" }]);
        pdf.Chart((canvas, w, h) => verification.Render(canvas, w, h), 150);
        if (r.VerifiedList.Count == 0) pdf.Paragraph("Tidak ada anggota yang baru terverifikasi tahun ini.");
        else pdf.Table(["Media", "Tingkat", "Tanggal"], r.VerifiedList.Select(x => new[] { x.Outlet, VerificationLabels.Of(x.Level), Date(x.On) }), [0.5f, 0.3f, 0.2f]);

        pdf.Heading("Pengurus kabupaten/kota yang dibentuk", 13);
        if (r.BoardsFormed.Count == 0) pdf.Paragraph("Tidak ada pengurus kabupaten/kota yang dibentuk tahun ini.");
        else pdf.Table(["Kabupaten/kota", "Pengukuhan", "Ketua"], r.BoardsFormed.Select(x => new[] { x.Regency, x.InauguratedOn is { } d ? Date(d) : "—", x.Ketua ?? "—" }), [0.45f, 0.2f, 0.35f]);

        pdf.Heading("Kegiatan", 13);
        if (r.Events.Count == 0) pdf.Paragraph("Tidak ada kegiatan tercatat tahun ini.");
        else pdf.Table(["Kegiatan", "Jenis", "Tanggal", "Tempat", "Media hadir", "Peserta"],
            r.Events.Select(e => new[] { e.Title, ProgramLabels.Of(e.Kind), Date(e.On), e.Place, N(e.Outlets), N(e.Participants) }),
            [0.3f, 0.17f, 0.13f, 0.18f, 0.11f, 0.11f]);
    }

    private static string N(int value) => value.ToString("N0", Id);
    private static string Date(DateOnly d) => d.ToString("d MMMM yyyy", Id);
}
