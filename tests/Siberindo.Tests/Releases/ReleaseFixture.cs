using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Outlets;
using Siberindo.Partners;
using Siberindo.Releases;
using Siberindo.Shared;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Releases;

/// <summary>Partners, partner accounts and releases made through the product's own services (as the system, like the CLI).</summary>
public static class ReleaseFixture
{
    /// <summary>The smallest valid PNG (a 1x1 pixel): a real photo as far as the content check is concerned.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    public static async Task<Partner> PartnerAsync(TestApp app, string name, string province)
    {
        var (partner, errors) = await app.WithServiceAsync<PartnerService, (Partner?, List<FormError>)>(s =>
            s.CreateAsync(new PartnerDraft(name, PartnerKind.Diskominfo, province, null, null, null, null)));
        Assert.True(partner is not null, string.Join("; ", errors.Select(e => e.Message)));
        return partner!;
    }

    /// <summary>A partner account, signed in over HTTP; returns the client and the generated password.</summary>
    public static async Task<(HttpClient Http, string Password)> PartnerUserAsync(TestApp app, Partner partner, string email)
    {
        var (password, errors) = await app.WithServiceAsync<PartnerService, (string?, List<string>)>(s => s.CreateAccountAsync(partner.Id, email, null));
        Assert.True(password is not null, string.Join("; ", errors));
        var http = app.Client();
        await Forms.SignInAsync(http, email, password!);
        return (http, password!);
    }

    public static ReleaseForm Form(string headline, string bodyHtml, params string[] provinces) =>
        new(headline, "SERANG, 5 Agustus 2026", bodyHtml, "Tentang Diskominfo: dinas penyedia informasi publik daerah.", "Humas: 0812-0000-0000",
            ReleaseCategory.Pemerintahan, 5, "Bebas dimuat ulang dengan menyebut sumber.", "Catatan redaksi: jangan dimuat.", provinces.Length == 0, provinces, []);

    public static async Task<Release> ReleaseAsync(TestApp app, Partner partner, ReleaseForm form, DateTime? embargo)
    {
        var (release, errors) = await app.WithServiceAsync<ReleaseService, (Release?, List<FormError>)>(s => s.CreateAsync(partner.Id, form));
        Assert.True(release is not null, string.Join("; ", errors.Select(e => e.Message)));
        Assert.Empty(await app.WithServiceAsync<ReleaseService, List<FormError>>(s => s.ScheduleAsync(release!.Id, embargo)));
        return await app.WithDbAsync(db => db.Set<Release>().Include(r => r.Targets).SingleAsync(r => r.Id == release!.Id));
    }

    public static async Task<Outlet> MemberOutletAsync(TestApp app, string name, string website, string regency, string? email = null)
    {
        var outlet = await Seed.OutletAsync(app, name, website, regency);
        if (email is not null)
            await app.WithDbAsync(db => db.Outlets.Where(o => o.Id == outlet.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.Email, email)));
        return outlet;
    }

    /// <summary>Runs the delivery stage once (as its background worker would) and returns what it did.</summary>
    public static Task<int?> DispatchAsync(TestApp app) => app.Services.GetRequiredService<ReleaseDispatcher>().RunPendingAsync(CancellationToken.None);

    public static Task<int?> PickupAsync(TestApp app) => app.Services.GetRequiredService<PickupStage>().RunPendingAsync(CancellationToken.None);
}
