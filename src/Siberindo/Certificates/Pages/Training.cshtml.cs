using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Shared;
using Siberindo.Shared.Admin;
using Siberindo.Programs;
using Siberindo.Storage;

namespace Siberindo.Certificates.Pages;

/// <summary>
/// One training: its board registers people, records who came, issues certificates in bulk and revokes them; an
/// outlet's editor registers its own people and downloads their certificates. Each sees only the rows it may.
/// </summary>
[Authorize(Policy = Roles.Staff)]
public sealed class TrainingModel(SiberindoDb db, CertificateService certificates, AccessScope scope) : ChangePage(db)
{
    public AssociationEvent Event { get; private set; } = null!;
    /// <summary>Whether the user's board runs this training (attendance, certificates, revocation).</summary>
    public bool Manages { get; private set; }
    public List<TrainingRegistration> Registrations { get; private set; } = [];
    public List<Candidate> Candidates { get; private set; } = [];
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? terbit, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (terbit is { } n) Notice = $"{n} sertifikat diterbitkan. ({n} certificates issued.)";
        return Page();
    }

    [BindProperty, Display(Name = "Wartawan atau pengurus media anggota")] public int? PersonId { get; set; }

    public Task<IActionResult> OnPostRegisterAsync(int id, CancellationToken ct) =>
        ChangeAsync(id, () => VisibleAsync(id, ct), () => certificates.RegisterAsync(id, PersonId ?? 0, ct), "", $"/admin/pelatihan/{id}", ct);

    // The attendance and issue forms are one-button or per-row forms of hidden values, named by hand: each row carries
    // its own registration id.

    public Task<IActionResult> OnPostAttendedAsync(int id, int registrationId, bool attended, CancellationToken ct) =>
        ChangeAsync(id, () => ManagesAsync(id, ct), () => certificates.SetAttendedAsync(id, registrationId, attended, ct), $"/admin/pelatihan/{id}#peserta", ct);

    public async Task<IActionResult> OnPostIssueAsync(int id, CancellationToken ct)
    {
        if (!await ManagesAsync(id, ct)) return NotFound();
        var (issued, errors) = await certificates.IssueAllAsync(id, ct);
        if (errors.Count == 0) return Redirect($"/admin/pelatihan/{id}?terbit={issued}#peserta");
        Db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        Errors = errors;
        return Page();
    }

    /// <summary>
    /// Each row's revocation reason, posted as RevokeReasons[certificate id]: every row's field has its own id, and a
    /// refused reason is shown again, with why, in its own row.
    /// </summary>
    [BindProperty] public Dictionary<int, string?> RevokeReasons { get; set; } = [];

    public Task<IActionResult> OnPostRevokeAsync(int id, int certificateId, CancellationToken ct) =>
        ChangeAsync(id, () => ManagesAsync(id, ct), async () => (await certificates.RevokeAsync(certificateId, RevokeReasons.GetValueOrDefault(certificateId), ct))
            .Select(e => e.Field is null ? e : e with { Field = RevokeReasonName(certificateId) }).ToList(), "", $"/admin/pelatihan/{id}#peserta", ct);

    /// <summary>The posted name of the revocation reason in the row of certificate <paramref name="certificateId"/>.</summary>
    public static string RevokeReasonName(int certificateId) => $"{nameof(RevokeReasons)}[{certificateId}]";

    private async Task<bool> ManagesAsync(int id, CancellationToken ct) => scope.IsBoardAdmin && await certificates.ManagedEventAsync(id, ct) is not null;

    private async Task<bool> VisibleAsync(int id, CancellationToken ct) => await FindAsync(id, ct) is not null;

    private async Task<AssociationEvent?> FindAsync(int id, CancellationToken ct)
    {
        if (scope.IsBoardAdmin) return await certificates.ManagedEventAsync(id, ct) is { } e && ProgramLabels.IsTraining(e.Kind) ? e : null;
        if (scope.Level != ScopeLevel.Outlet) return null;
        var outlet = await Db.Outlets.AsNoTracking().SingleAsync(o => o.Id == scope.OutletId, ct);
        return await certificates.TrainingsFor(outlet.ProvinceCode, outlet.RegencyCode).AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct);
    }

    protected override async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } found) return false;
        Event = found;
        Manages = scope.IsBoardAdmin;
        var rows = Db.Set<TrainingRegistration>().AsNoTracking().Include(r => r.Certificate).Where(r => r.EventId == id);
        if (!Manages) rows = rows.Where(r => r.OutletId == scope.OutletId);
        Registrations = await rows.OrderBy(r => r.OutletName).ThenBy(r => r.Name).Take(5000).ToListAsync(ct);
        // Every revoke form's field starts empty, but for the reason just posted.
        foreach (var r in Registrations) if (r.Certificate is { IsRevoked: false } c) RevokeReasons.TryAdd(c.Id, null);
        if (Manages || found.EndsOn >= certificates.Today) Candidates = await certificates.CandidatesAsync(found, ct);
        return true;
    }
}
