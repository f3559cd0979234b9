using Microsoft.EntityFrameworkCore;
using Siberindo.Members;
using Siberindo.Outlets;
using Siberindo.Programs;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Certificates;

/// <summary>Member outlets with their people, and events, put in place through the product's own services.</summary>
public static class TrainingFixture
{
    public static async Task<Outlet> OutletAsync(TestApp app, string name, string regency, MembershipStatus status, params string[] people)
    {
        var outlet = await Seed.OutletAsync(app, name, $"https://{Core.Slug.From(name, 40)}.example", regency);
        // A registered outlet starts as a member; others are moved to their status today.
        if (status != MembershipStatus.Member)
            Assert.Empty(await app.WithServiceAsync<MemberService, List<Siberindo.Shared.FormError>>(m => m.ChangeStatusAsync(outlet.Id, status, DateOnly.FromDateTime(DateTime.UtcNow), "uji")));
        foreach (var person in people)
            Assert.Empty(await app.WithServiceAsync<MemberService, List<Siberindo.Shared.FormError>>(m => m.AddPositionAsync(outlet.Id, person, UkwLevel.None, null, PositionRole.Wartawan)));
        return outlet;
    }

    public static Task<int> PersonAsync(TestApp app, string name) => app.WithDbAsync(db => db.Set<Person>().Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

    public static async Task<AssociationEvent> EventAsync(TestApp app, EventKind kind, string title, DateOnly starts, DateOnly ends, string? province, string? regency = null)
    {
        var (created, errors) = await app.WithServiceAsync<ProgramService, (AssociationEvent?, List<Siberindo.Shared.FormError>)>(p =>
            p.CreateEventAsync(new EventDraft(kind, title, starts, ends, "Aula Diskominfo", province, regency)));
        Assert.Empty(errors);
        return created!;
    }
}
