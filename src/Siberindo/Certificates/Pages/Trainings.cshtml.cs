using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Programs;
using Siberindo.Storage;

namespace Siberindo.Certificates.Pages;

/// <summary>Trainings the user deals with: a board's own (to run), or for an outlet's editor those its people may join.</summary>
[Authorize(Policy = Roles.Staff)]
public sealed class TrainingsModel(SiberindoDb db, CertificateService certificates, AccessScope scope) : PageModel
{
    public sealed record Row(AssociationEvent Event, int Registered, int Certified);

    public List<Row> Trainings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        IQueryable<AssociationEvent> events;
        if (scope.IsBoardAdmin) events = scope.Regional(db.Set<AssociationEvent>()).Where(e => ProgramLabels.TrainingKinds.Contains(e.Kind));
        else if (scope.Level == ScopeLevel.Outlet)
        {
            var outlet = await db.Outlets.AsNoTracking().SingleAsync(o => o.Id == scope.OutletId, ct);
            events = certificates.TrainingsFor(outlet.ProvinceCode, outlet.RegencyCode);
        }
        else return NotFound();
        var registrations = db.Set<TrainingRegistration>().Where(r => scope.IsBoardAdmin || r.OutletId == scope.OutletId);
        Trainings = (await events.AsNoTracking().OrderByDescending(e => e.StartsOn).Take(300)
                .Select(e => new
                {
                    e,
                    Registered = registrations.Count(r => r.EventId == e.Id),
                    Certified = registrations.Count(r => r.EventId == e.Id && r.Certificate != null && r.Certificate.RevokedAt == null),
                }).ToListAsync(ct))
            .Select(x => new Row(x.e, x.Registered, x.Certified)).ToList();
        return Page();
    }
}
