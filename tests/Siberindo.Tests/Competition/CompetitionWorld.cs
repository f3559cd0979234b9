using Microsoft.Extensions.DependencyInjection;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Competition;
using Siberindo.Members;
using Siberindo.Outlets;
using Siberindo.Shared;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Competition;

/// <summary>
/// A competition's world made through the product's services: member outlets in two provinces with journalists who
/// have accounts, a round whose window is open, and a way to act as one of its people (an entrant, a judge).
/// </summary>
public sealed class CompetitionWorld
{
    public required TestApp App { get; init; }
    public required ShiftedClock Clock { get; init; }
    public List<(Outlet Outlet, int PersonId, string Name, string UserId)> Journalists { get; } = [];

    public static readonly (string Outlet, string Site, string Regency, string Journalist)[] People =
    [
        ("Kabar Serang", "https://kabarserang.test", "36.04", "Rina Siregar"),
        ("Warta Cilegon", "https://wartacilegon.test", "36.72", "Budi Hartono"),
        ("Palu Terkini", "https://paluterkini.test", "72.71", "Sitti Lamarauna"),
        ("Donggala Pos", "https://donggalapos.test", "72.03", "Andi Pettalolo"),
    ];

    public static async Task<CompetitionWorld> CreateAsync(TestApp app, ShiftedClock clock, int journalists = 4)
    {
        var world = new CompetitionWorld { App = app, Clock = clock };
        foreach (var p in People.Take(journalists))
        {
            var outlet = await Seed.OutletAsync(app, p.Outlet, p.Site, p.Regency);
            // The registry makes a new outlet a member in good standing.
            Assert.Empty(await app.WithServiceAsync<MemberService, List<Siberindo.Shared.FormError>>(m => m.AddPositionAsync(outlet.Id, p.Journalist, UkwLevel.None, null, PositionRole.Wartawan)));
            var personId = await app.WithDbAsync(db => Task.FromResult(db.Set<Person>().Single(x => x.Name == p.Journalist).Id));
            var email = Email(p.Journalist);
            var made = await app.WithServiceAsync<CompetitionAccounts, CompetitionAccounts.Made>(a => a.CreateJournalistAsync(personId, email, Users.Password));
            Assert.True(made.Errors.Count == 0, string.Join("; ", made.Errors.Select(e => e.Message)));
            world.Journalists.Add((outlet, personId, p.Journalist, made.User.Id));
        }
        return world;
    }

    public static string Email(string name) => name.ToLowerInvariant().Replace(' ', '.') + "@contoh.test";

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    public async Task<CompetitionRound> RoundAsync(int judgesPerEntry = 2, int cap = 10, bool normalise = false, int winners = 2, int perPerson = 1)
    {
        var (round, errors) = await App.WithServiceAsync<RoundService, (CompetitionRound?, List<FormError>)>(r => r.CreateAsync(new RoundDraft(
            "Lomba Menulis Jurnalisme Warga", "Kehidupan di pesisir", "Naskah asli, belum pernah terbit, 800–3.000 kata.", perPerson,
            Now.AddDays(-10), Now.AddDays(-1), Now.AddDays(1), judgesPerEntry, cap, normalise, winners, EntryLicences.Default, null)));
        Assert.Empty(errors);
        foreach (var c in new[] { new CriterionDraft("Isi dan data", null, 3, true, 10), new CriterionDraft("Bahasa", null, 1, true, 10),
                     new CriterionDraft("Cocok untuk buku", "Ditampilkan, tidak dihitung", 0, false, 5) })
            Assert.Empty(await App.WithServiceAsync<RoundService, List<FormError>>(r => r.AddCriterionAsync(round!.Id, c)));
        return round!;
    }

    /// <summary>Runs a service as a given account (the scope a signed-in request would have), audit included.</summary>
    public async Task<T> AsAsync<TService, T>(string userId, string name, Func<TService, Task<T>> work) where TService : class
    {
        await using var scope = App.Services.CreateAsyncScope();
        var access = AccessScope.Nobody with { UserId = userId, UserName = name };
        var audit = ActivatorUtilities.CreateInstance<AuditLog>(scope.ServiceProvider, access);
        var service = ActivatorUtilities.CreateInstance<TService>(scope.ServiceProvider, access, audit);
        return await work(service);
    }

    public static string Body(string topic) =>
        $"<p>Pagi itu nelayan di pesisir kembali melaut setelah tiga hari badai. {topic} menjadi pembicaraan di dermaga.</p>" +
        "<p>Harga solar naik, hasil tangkapan turun, dan anak-anak muda memilih bekerja di kota. Namun koperasi nelayan " +
        "mencoba bertahan dengan menjual ikan asap langsung kepada pembeli lewat pesan singkat.</p>" +
        "<h2>Koperasi yang bertahan</h2><p>Pengurus koperasi mencatat setiap transaksi di buku tulis bergaris. Setiap Jumat mereka " +
        "berkumpul untuk membagi keuntungan, dan sebagian kecil disisihkan untuk memperbaiki perahu yang rusak.</p>";

    public async Task<CompetitionEntry> EnterAsync(int roundId, int journalist, string title, params PictureUpload[] pictures)
    {
        var j = Journalists[journalist];
        var (entry, errors) = await AsAsync<EntrantService, (CompetitionEntry?, List<FormError>)>(j.UserId, j.Name,
            s => s.SubmitAsync(roundId, new EntryDraft(title, Body(title), true, EntryLicences.Default, pictures, [])));
        Assert.Empty(errors);
        return entry!;
    }
}
