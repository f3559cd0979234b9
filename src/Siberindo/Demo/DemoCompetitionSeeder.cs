using Microsoft.EntityFrameworkCore;
using Siberindo.Anthology;
using Siberindo.Competition;
using Siberindo.Members;
using Siberindo.Storage;
using SkiaSharp;

namespace Siberindo.Demo;

/// <summary>
/// The demo's writing competition (all fictional): a finished round whose entries by journalists of demo member
/// outlets were assigned to three judges by the real assigner, scored, ranked and published, with its book built
/// (EPUB and PDF on /lomba); and an open round taking entries. Seeded once.
/// </summary>
public static class DemoCompetitionSeeder
{
    private static readonly string[] Topics =
    [
        "Perahu yang Pulang Sebelum Subuh", "Sekolah di Ujung Jalan Tanah", "Pasar Terapung yang Bertahan", "Penjaga Mangrove dari Teluk",
        "Radio Komunitas di Kaki Gunung", "Kopi, Kabut dan Harga yang Jatuh",
    ];

    private static readonly string[] Judges = ["Juri Demo Satu", "Juri Demo Dua", "Juri Demo Tiga"];

    public static async Task<bool> SeedAsync(IServiceProvider services, TimeProvider clock, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<SiberindoDb>();
        if (await db.Set<CompetitionRound>().AnyAsync(ct)) return false;
        var authors = await db.Set<OutletPosition>().AsNoTracking()
            .Join(db.Set<MemberRecord>().Where(m => m.Status == MembershipStatus.Member), p => p.OutletId, m => m.OutletId, (p, m) => p)
            .Join(db.Outlets.Where(o => o.IsDemo), p => p.OutletId, o => o.Id, (p, o) => new { p.PersonId, Person = p.Person!.Name, Outlet = o })
            .OrderBy(x => x.Outlet.Id).ToListAsync(ct);
        var picked = authors.GroupBy(a => a.PersonId).Select(g => g.First()).GroupBy(a => a.Outlet.Id).Select(g => g.First()).Take(Topics.Length).ToList();
        if (picked.Count < 3) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        var rounds = sp.GetRequiredService<RoundService>();
        var (round, _) = await rounds.CreateAsync(new RoundDraft("Lomba Menulis Feature Pesisir dan Pedalaman (data demo)",
            "Kehidupan warga di pesisir dan pedalaman yang jarang diberitakan",
            "Naskah feature asli, belum pernah terbit, 600–3.000 kata, satu naskah per wartawan. Peserta adalah wartawan media anggota yang aktif. " +
            "Naskah terpilih dibukukan dan dibagikan gratis. (Lomba dan naskahnya fiktif, data demo Siberindo.)",
            1, now.AddDays(-75), now.AddDays(-60), now.AddDays(-30), 2, 4, true, 3, EntryLicences.Default, null), ct);
        foreach (var c in new[]
                 {
                     new CriterionDraft("Isi dan kedalaman liputan", "Data, narasumber, verifikasi", 3, true, 10),
                     new CriterionDraft("Bahasa dan struktur", null, 2, true, 10), new CriterionDraft("Kebaruan sudut pandang", null, 1, true, 10),
                     new CriterionDraft("Layak dibukukan", "Ditampilkan untuk dewan juri, tidak dihitung", 0, false, 5),
                 })
            await rounds.AddCriterionAsync(round!.Id, c, ct);
        for (var i = 0; i < picked.Count; i++)
        {
            var a = picked[i];
            var submitted = now.AddDays(-55 + i * 3);
            var entry = new CompetitionEntry
            {
                RoundId = round!.Id, PersonId = a.PersonId, AuthorUserId = "demo", AuthorName = a.Person, OutletId = a.Outlet.Id, OutletName = a.Outlet.Name,
                ProvinceCode = a.Outlet.ProvinceCode, RegencyCode = a.Outlet.RegencyCode, Title = Topics[i], Body = Core.Competition.EntryText.Sanitize(Body(Topics[i], i)),
                Consent = true, Licence = EntryLicences.Default, SubmittedAt = submitted, UpdatedAt = submitted,
            };
            if (i % 2 == 0)
                entry.Images.Add(EntryPictures.Check(new PictureUpload("demo.jpg", Picture(i), $"Suasana liputan \"{Topics[i]}\" (ilustrasi demo)",
                    "Ilustrasi Siberindo", "Gambar ilustrasi: bidang warna dengan matahari pucat di atas garis cakrawala"), 0).Image!);
            db.Add(entry);
        }
        // "demo" stands for the entrants' accounts: no one signs in as these fictional authors.
        await db.SaveChangesAsync(ct);
        var panel = sp.GetRequiredService<JudgePanel>();
        foreach (var (name, k) in Judges.Select((n, k) => (n, k)))
            await panel.AddJudgeAsync(round!.Id, new JudgeDraft($"juri{k + 1}@demo.siberindo.invalid", name, null, k == 0 ? picked[0].Outlet.ProvinceCode : null, null), null, ct);
        await panel.AssignAsync(round!.Id, ct);
        var random = new Random(14);
        var criteria = await db.Set<RubricCriterion>().Where(c => c.RoundId == round.Id).ToListAsync(ct);
        foreach (var assignment in await db.Set<JudgeAssignment>().Where(x => db.Set<Judge>().Any(j => j.Id == x.JudgeId && j.RoundId == round.Id)).ToListAsync(ct))
        {
            foreach (var c in criteria)
                assignment.Scores.Add(new CriterionScore { AssignmentId = assignment.Id, CriterionId = c.Id, Value = Math.Min(c.MaxScore, 4 + random.Next(0, 6) + (assignment.EntryId % 3 == 0 ? 1 : 0)) });
            assignment.Comment = "Catatan juri (data demo).";
            assignment.ScoredAt = now.AddDays(-20);
        }
        await db.SaveChangesAsync(ct);
        var results = sp.GetRequiredService<ResultsService>();
        await results.PublishAsync(round.Id, "Dewan juri (fiktif) menilai keaslian liputan, kedalaman data dan cara bercerita. " +
            "Naskah terbaik datang dari media kecil yang dekat dengan warganya.\n\nIni adalah catatan demo: lomba, naskah dan juri tidak nyata.", [], ct);
        await sp.GetRequiredService<AnthologyService>().BuildAsync(round.Id, ct);
        await rounds.CreateAsync(new RoundDraft("Lomba Menulis Literasi Digital (data demo)", "Warga melawan hoaks di kampungnya",
            "Naskah feature asli, satu per wartawan media anggota yang aktif. (Data demo.)", 1, now.AddDays(-3), now.AddDays(-2), now.AddDays(28), 3, 10, false, 3,
            EntryLicences.Default, null), ct);
        return true;
    }

    private static string Body(string topic, int i) =>
        $"<p>Di tempat ini, {topic.ToLowerInvariant()} bukan sekadar judul. Warga menceritakannya sambil menunggu hujan reda, dan setiap cerita membawa angka yang " +
        "jarang dicatat: berapa jam perjalanan ke puskesmas, berapa harga bensin eceran, berapa anak yang pindah ke kota.</p>" +
        "<p>Liputan ini dikerjakan selama beberapa pekan. Penulis menemui kepala desa, guru, pedagang dan nelayan, lalu memeriksa ulang setiap klaim " +
        "dengan dokumen yang bisa didapat: laporan anggaran desa, data sekolah, dan catatan koperasi.</p>" +
        "<h2>Yang tidak tercatat</h2>" +
        "<p>Banyak hal baik tidak pernah menjadi berita. Kelompok ibu-ibu mengelola bank sampah, pemuda memperbaiki jembatan bambu dengan uang iuran, " +
        "dan radio komunitas mengumumkan jadwal vaksinasi dalam bahasa daerah. Semua itu berjalan tanpa kamera.</p>" +
        $"<p>Ketika liputan ini ditutup, keadaan belum banyak berubah. Namun warga kini punya catatan bersama, dan menurut mereka itu awal yang penting. (Naskah demo nomor {i + 1}, fiktif.)</p>";

    private static byte[] Picture(int seed)
    {
        using var surface = SKSurface.Create(new SKImageInfo(960, 600));
        var c = surface.Canvas;
        c.Clear(new SKColor((byte)(40 + seed * 30), 110, 150));
        using var sun = new SKPaint { Color = new SKColor(0xf4, 0xe3, 0xb0), IsAntialias = true };
        c.DrawCircle(700, 220, 90, sun);
        using var sea = new SKPaint { Color = new SKColor(0x1d, 0x3f, 0x5e) };
        c.DrawRect(0, 380, 960, 220, sea);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 82);
        return data.ToArray();
    }
}
