using Siberindo.Statistics;
using Siberindo.Storage;

namespace Siberindo.Legal;

/// <summary>The public statistics' line on legal assistance: counts of cases, never their details.</summary>
public sealed class LegalFigures(SiberindoDb db) : IPublicFigures
{
    public async Task<PublicFigureGroup> FiguresAsync(int year, DateOnly asOf, CancellationToken ct)
    {
        var n = await LegalCounts.CountAsync(db, year, asOf, null, ct);
        return new PublicFigureGroup("Pendampingan hukum", "Sengketa pers anggota yang didampingi; isi kasus bersifat rahasia.",
        [
            ("Kasus ditangani", n.Handled), ("Kasus baru", n.Opened), ("Selesai atau ditutup", n.Closed), ("Masih berjalan", n.OpenAtEnd),
        ]);
    }
}
