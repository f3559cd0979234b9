using Microsoft.EntityFrameworkCore;
using Siberindo.FactChecks;
using Siberindo.Storage;

namespace Siberindo.Demo;

/// <summary>
/// Two fact-checks of the demo desk (clearly fictional, marked as demo data) and three reports: one answered with a
/// check, one rejected with its reason, one waiting in the queue with its clock running, so /cek-fakta, a check's page
/// and the desk's queue and statistics show true figures. Seeded once.
/// </summary>
public static class DemoFactCheckSeeder
{
    public const string Desk = "Tim Cek Fakta Demo (fiktif)";

    public static async Task<int> SeedAsync(IServiceProvider services, TimeProvider clock, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SiberindoDb>();
        if (await db.Set<FactCheck>().AnyAsync(f => f.IsDemo, ct)) return 0;
        var registry = scope.ServiceProvider.GetRequiredService<FactCheckRegistry>();
        var reports = scope.ServiceProvider.GetRequiredService<HoaxReports>();
        var (hoax, _) = await registry.PublishAsync(new FactCheckDraft("demo-1", "[HOAKS] Pesan Berantai Pembagian Sembako Gratis Lewat Tautan Pendaftaran (data demo)",
            "Warga cukup mengisi tautan pendaftaran di WhatsApp untuk menerima paket sembako gratis dari pemerintah kabupaten, dengan biaya administrasi Rp25 ribu",
            "Pesan berantai WhatsApp (fiktif)", null, clock.GetUtcNow().UtcDateTime.AddDays(-3), FactCheckRating.KontenTiruan, null, FactCheckCategory.Penipuan,
            "Tidak ada program sembako yang didaftarkan lewat tautan berbayar; tautan itu mencatut nama pemerintah daerah. (Data demo.)",
            "Pesan yang beredar meminta warga mengisi data diri dan membayar biaya administrasi melalui tautan.\n\nPemeriksa menghubungi dinas sosial, yang menyatakan bantuan disalurkan lewat data desa tanpa biaya. Seluruh isi ini adalah data demo Siberindo.",
            null, Desk, null, null), ct);
        await registry.PublishAsync(new FactCheckDraft("demo-2", "[BENAR] Jadwal Imunisasi Campak di Posyandu Dimajukan Sepekan (data demo)",
            "Jadwal imunisasi campak di posyandu dimajukan sepekan karena petugas mengikuti pelatihan", null, null, null, FactCheckRating.Benar, null,
            FactCheckCategory.Kesehatan, "Dinas kesehatan membenarkan perubahan jadwal itu. (Data demo.)",
            "Kabar perubahan jadwal dibenarkan petugas puskesmas. Seluruh isi ini adalah data demo Siberindo.", null, Desk, null, null), ct);
        var remote = System.Net.IPAddress.Parse("192.0.2.10");
        var (answered, _) = await reports.SubmitAsync(new ReportDraft("Ada pesan WA minta daftar sembako gratis lewat link, bayar 25 ribu. Benar tidak? (data demo)",
            null, FactCheckCategory.Penipuan, null, null), null, remote, ct);
        var (rejected, _) = await reports.SubmitAsync(new ReportDraft("Iklan jual motor bekas di grup Facebook (data demo)", null, FactCheckCategory.Lainnya, null, null), null, remote, ct);
        await reports.SubmitAsync(new ReportDraft("Video jembatan putus disebut terjadi kemarin, padahal mirip kejadian lama (data demo)", null, FactCheckCategory.Bencana, null, null), null, remote, ct);
        if (answered is not null && hoax is not null) await reports.AnswerAsync(answered.Id, hoax.Id, ct);
        if (rejected is not null) await reports.RejectAsync(rejected.Id, "Bukan klaim faktual: iklan jual beli.", ct);
        await db.Set<FactCheck>().Where(f => f.ExternalId != null && f.ExternalId.StartsWith("demo-")).ExecuteUpdateAsync(u => u.SetProperty(f => f.IsDemo, true), ct);
        return 2;
    }
}
