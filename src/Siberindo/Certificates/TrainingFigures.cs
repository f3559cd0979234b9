using Siberindo.Statistics;
using Siberindo.Storage;

namespace Siberindo.Certificates;

/// <summary>The public statistics' line on trainings: held, attended and certified, nationally.</summary>
public sealed class TrainingFigures(SiberindoDb db) : IPublicFigures
{
    public async Task<PublicFigureGroup> FiguresAsync(int year, DateOnly asOf, CancellationToken ct)
    {
        var n = await TrainingCounts.CountAsync(db, year, asOf, null, ct);
        return new PublicFigureGroup("Pelatihan dan sertifikat", "Bimtek, pelatihan cek fakta, seminar dan pelatihan lain yang sudah dimulai.",
        [
            ("Pelatihan diadakan", n.Held), ("Peserta terdaftar", n.Registered), ("Peserta hadir", n.Attended), ("Sertifikat sah", n.Certified),
        ]);
    }
}
