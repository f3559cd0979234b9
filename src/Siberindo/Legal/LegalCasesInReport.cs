using System.Globalization;
using Siberindo.Portal;
using Siberindo.Reports;
using Siberindo.Storage;

namespace Siberindo.Legal;

/// <summary>The year-end report's section on legal assistance in the province: counts by kind, never a case's details.</summary>
public sealed class LegalCasesInReport(SiberindoDb db, TimeProvider clock) : IAnnualReportSection
{
    private static readonly CultureInfo Id = PortalFormat.Indonesian;

    public async Task<Action<PdfCanvas>?> ComposeAsync(string provinceCode, int year, CancellationToken ct)
    {
        var n = await LegalCounts.CountAsync(db, year, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), provinceCode, ct);
        return pdf =>
        {
            pdf.Heading("Pendampingan hukum", 13);
            pdf.Paragraph(n.Handled == 0
                ? $"Tidak ada sengketa pers anggota di provinsi ini yang didampingi pada {year}."
                : $"Pada {year} asosiasi mendampingi {N(n.Handled)} sengketa pers anggota di provinsi ini: {N(n.Opened)} kasus baru dan {N(n.CarriedOver)} dari tahun sebelumnya; " +
                  $"{N(n.Closed)} selesai atau ditutup, {N(n.OpenAtEnd)} masih berjalan. Isi kasus bersifat rahasia; laporan ini hanya memuat jumlahnya.");
            if (n.Opened > 0)
                pdf.Table(["Jenis sengketa", "Kasus baru"], n.ByKind.Where(k => k.Opened > 0).Select(k => new[] { LegalLabels.Of(k.Kind), N(k.Opened) }), [0.75f, 0.25f]);
        };
    }

    private static string N(int value) => value.ToString("N0", Id);
}
