using Microsoft.EntityFrameworkCore;
using SkiaSharp;
using Siberindo.Certificates;
using Siberindo.Legal;
using Siberindo.Members;
using Siberindo.Programs;
using Siberindo.Reports;
using Siberindo.Storage;

namespace Siberindo.Demo;

/// <summary>
/// The member programs of the demo, through the features' own services (so every row is one they could have made):
/// a national fact-checking training whose attendees hold certificates (one revoked, with its reason), a provincial
/// bimtek with certificates, two legal-assistance cases (one still handled, one resolved) and a board's own section
/// of its year-end report. Everything is fictional and says so. Runs once: a database with certificates is left alone.
/// </summary>
public static class DemoProgramsSeeder
{
    public const string TrainingTitle = "Pelatihan Cek Fakta Nasional (data demo)";

    public static async Task<bool> SeedAsync(IServiceProvider services, TimeProvider clock, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<SiberindoDb>();
        if (await db.Set<Certificate>().AnyAsync(ct) || !await db.Set<MemberRecord>().AnyAsync(m => m.Outlet!.IsDemo && m.Status == MembershipStatus.Member, ct))
            return false;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var programs = sp.GetRequiredService<ProgramService>();
        var certificates = sp.GetRequiredService<CertificateService>();

        // A national training three weeks ago, twelve people of member outlets registered, ten came.
        var start = today.AddDays(-21);
        var (national, _) = await programs.CreateEventAsync(new EventDraft(EventKind.CekFakta, TrainingTitle, start, start.AddDays(1), "Jakarta (data demo)", null, null), ct);
        await TrainAsync(certificates, national!, people: 12, absent: 2, ct);
        var revoked = await db.Set<Certificate>().Where(c => c.EventId == national!.Id).OrderBy(c => c.HolderName).Select(c => c.Id).FirstAsync(ct);
        await certificates.RevokeAsync(revoked, "Data peserta keliru: nama yang didaftarkan bukan peserta yang hadir (data demo).", ct);

        // The newest provincial bimtek the association seeder held, with certificates for its province's people.
        if (await db.Set<AssociationEvent>().Where(e => e.Kind == EventKind.Bimtek && e.ProvinceCode != null && e.StartsOn <= today)
                .OrderByDescending(e => e.StartsOn).FirstOrDefaultAsync(ct) is { } bimtek)
            await TrainAsync(certificates, bimtek, people: 6, absent: 1, ct);

        await LegalCasesAsync(sp, db, today, ct);
        return true;
    }

    private static async Task TrainAsync(CertificateService certificates, AssociationEvent e, int people, int absent, CancellationToken ct)
    {
        // One person per outlet, so the list shows the spread of members.
        var candidates = (await certificates.CandidatesAsync(e, ct)).DistinctBy(c => c.OutletId).Take(people).ToList();
        foreach (var c in candidates) await certificates.RegisterAsync(e.Id, c.PersonId, ct);
        var registered = await certificates.Registrations(e.Id).Select(r => r.Id).ToListAsync(ct);
        for (var i = 0; i < registered.Count; i++) await certificates.SetAttendedAsync(e.Id, registered[i], i >= absent, ct);
        await certificates.IssueAllAsync(e.Id, ct);
    }

    private static async Task LegalCasesAsync(IServiceProvider sp, SiberindoDb db, DateOnly today, CancellationToken ct)
    {
        var legal = sp.GetRequiredService<LegalService>();
        var outlets = await db.Set<MemberRecord>().Where(m => m.Outlet!.IsDemo && m.Status == MembershipStatus.Member)
            .OrderBy(m => m.Outlet!.ProvinceCode).ThenBy(m => m.OutletId).Select(m => new { m.OutletId, m.Outlet!.ProvinceCode }).Take(2).ToListAsync(ct);
        var (threat, _) = await legal.OpenAsync(new LegalDraft(outlets[0].OutletId, LegalCaseKind.CriminalReport, "Wartawan dilaporkan atas berita proyek jalan (data demo)",
            "Seorang kontraktor melaporkan wartawan anggota ke polisi dengan pasal pencemaran nama baik setelah berita tentang proyek jalan yang terlambat. " +
            "Asosiasi mendampingi agar perkara ditangani sebagai sengketa pers melalui Dewan Pers. Semua nama dalam kasus ini fiktif."), ct);
        await legal.AddPartyAsync(threat!.Id, "Wartawan anggota (fiktif)", LegalPartyRole.Member, null, ct);
        await legal.AddPartyAsync(threat.Id, "CV Jalan Lurus Demo (fiktif)", LegalPartyRole.Complainant, "Kontraktor proyek", ct);
        await legal.AddPartyAsync(threat.Id, "Dewan Pers", LegalPartyRole.Authority, null, ct);
        await legal.AddEntryAsync(threat.Id, today.AddDays(-40), "Berita tentang keterlambatan proyek jalan terbit.", ct);
        await legal.AddEntryAsync(threat.Id, today.AddDays(-30), "Wartawan menerima surat panggilan klarifikasi dari kepolisian.", ct);
        await legal.AddEntryAsync(threat.Id, today.AddDays(-28), "Pengurus mengirim surat kepada kepolisian: perkara pemberitaan diselesaikan melalui Dewan Pers sesuai UU Pers.", ct);
        await legal.AddDocumentAsync(threat.Id, "Surat pengurus kepada kepolisian (data demo)", new DemoFile("surat-pengurus.pdf", Letter()), ct);
        await legal.SetStatusAsync(threat.Id, LegalCaseStatus.Handling, ct);

        var (reply, _) = await legal.OpenAsync(new LegalDraft(outlets[^1].OutletId, LegalCaseKind.RightOfReply, "Permintaan hak jawab dari dinas (data demo)",
            "Sebuah dinas meminta hak jawab atas berita anggaran. Pengurus membantu redaksi memuat hak jawab yang ditautkan ke berita aslinya."), ct);
        await legal.AddEntryAsync(reply!.Id, today.AddDays(-12), "Surat permintaan hak jawab diterima redaksi.", ct);
        await legal.AddEntryAsync(reply.Id, today.AddDays(-10), "Hak jawab dimuat dan ditautkan ke berita aslinya.", ct);
        await legal.SetStatusAsync(reply.Id, LegalCaseStatus.Resolved, ct);

        // The first case's province writes a foreword of its own into this year's report.
        if (outlets[0].ProvinceCode is { } province)
            await sp.GetRequiredService<ReportNarratives>().SaveAsync(province, today.Year, null, "Kata pengantar (data demo)",
                "Bagian ini ditulis pengurus provinsi sendiri sebelum laporan dibuat: ringkasan tahun ini, terima kasih kepada anggota, dan rencana tahun depan. " +
                "Isinya data demo; di Siberindo sungguhan pengurus menulisnya di halaman Laporan, Susun.", 1, ct);
    }

    /// <summary>A one-page PDF standing for a scanned letter.</summary>
    private static byte[] Letter()
    {
        using var buffer = new MemoryStream();
        using (var document = SKDocument.CreatePdf(buffer))
        {
            var canvas = document.BeginPage(595, 842);
            using var font = new SKFont(SKTypeface.FromFamilyName("DejaVu Sans") ?? SKTypeface.Default, 12);
            using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            canvas.DrawText("Surat pengurus kepada kepolisian (data demo, fiktif)", 60, 90, font, ink);
            document.EndPage();
            document.Close();
        }
        return buffer.ToArray();
    }

    /// <summary>An in-memory file handed to the same upload checks as a browser's.</summary>
    private sealed class DemoFile(string name, byte[] content) : IFormFile
    {
        public string ContentType => "application/pdf";
        public string ContentDisposition => $"form-data; name=\"file\"; filename=\"{name}\"";
        public IHeaderDictionary Headers { get; } = new HeaderDictionary();
        public long Length => content.Length;
        public string Name => "file";
        public string FileName => name;
        public Stream OpenReadStream() => new MemoryStream(content, writable: false);
        public void CopyTo(Stream target) => target.Write(content);
        public Task CopyToAsync(Stream target, CancellationToken cancellationToken = default) => target.WriteAsync(content, cancellationToken).AsTask();
    }
}
