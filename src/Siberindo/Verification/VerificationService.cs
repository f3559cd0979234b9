using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Members;
using Siberindo.Outlets;
using Siberindo.Shared;
using Siberindo.Storage;

namespace Siberindo.Verification;

public sealed record ExpiringCertificate(int OutletId, string OutletName, string? CertificateNumber, DateOnly ExpiresOn);
public sealed record StalledCase(int CaseId, int OutletId, string OutletName, string Mentor, DateOnly LastActivity, string? NextAction, DateOnly? NextActionOn);

/// <summary>
/// The verification checklist, assistance cases and their reminders, always inside the user's area. A refusal names the
/// form field it is about (the capitalised parameter: "Note", "Mentor", ...), so the form shows it there.
/// </summary>
public sealed class VerificationService(SiberindoDb db, AccessScope scope, AuditLog audit, MemberService members, IOptions<ChecklistOptions> options, TimeProvider clock)
{
    private ChecklistOptions Rules => options.Value;
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<List<ChecklistItem>> ChecklistAsync(Outlet outlet, CancellationToken ct = default)
    {
        scope.Demand(scope.CanManageOutlet(outlet));
        var record = await db.Set<MemberRecord>().AsNoTracking().SingleOrDefaultAsync(m => m.OutletId == outlet.Id, ct);
        var posts = await db.Set<OutletPosition>().AsNoTracking().Where(p => p.OutletId == outlet.Id)
            .Select(p => new { p.PersonId, p.Person!.Name, p.Role, p.Person.Ukw, p.Person.UkwCertificate }).ToListAsync(ct);
        var personIds = posts.Select(p => p.PersonId).Distinct().ToList();
        // How many outlets each person answers for (as penanggung jawab or pemimpin redaksi), across the whole registry.
        var load = await db.Set<OutletPosition>().AsNoTracking()
            .Where(p => personIds.Contains(p.PersonId) && (p.Role == PositionRole.PenanggungJawab || p.Role == PositionRole.PemimpinRedaksi))
            .GroupBy(p => p.PersonId).Select(g => new { g.Key, Outlets = g.Select(p => p.OutletId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Outlets, ct);
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-Rules.StoriesWindowDays);
        var stories = await db.Articles.CountAsync(a => a.OutletId == outlet.Id && a.Published >= since, ct);
        var anyArticle = stories > 0 || await db.Articles.AnyAsync(a => a.OutletId == outlet.Id, ct);
        var findings = await db.Set<ChecklistEvidence>().AsNoTracking().Where(e => e.OutletId == outlet.Id)
            .ToDictionaryAsync(e => e.Item, e => new ManualFinding(e.Met, e.Note, e.CheckedOn, e.CheckedBy), ct);
        var input = new ChecklistInput(record,
            posts.Select(p => new PostHolder(p.PersonId, p.Name, p.Role, p.Ukw, p.UkwCertificate, load.GetValueOrDefault(p.PersonId))).ToList(),
            anyArticle ? stories / (double)Rules.StoriesWindowDays : null, findings);
        return ChecklistEvaluator.Evaluate(input, Rules);
    }

    public IReadOnlyList<ManualItem> ManualItems => Rules.ManualItems;

    public async Task<List<FormError>> RecordFindingAsync(int outletId, string item, bool met, string? note, CancellationToken ct = default)
    {
        var outlet = await members.FindOutletAsync(outletId, ct);
        scope.Demand(outlet is not null && scope.IsBoardAdmin);
        if (Rules.ManualItems.All(m => m.Code != item)) return [new("Butir periksa tidak dikenal (unknown checklist item).", "Item")];
        if (string.IsNullOrWhiteSpace(note)) return [new("Bukti wajib diisi: dokumen atau hasil pemeriksaan (evidence is missing).", "Note")];
        if (note.Length > 1000) return [new("Bukti maksimal 1000 karakter.", "Note")];
        var finding = await db.Set<ChecklistEvidence>().SingleOrDefaultAsync(e => e.OutletId == outletId && e.Item == item, ct);
        var before = finding is null ? null : (bool?)finding.Met;
        if (finding is null) db.Add(finding = new ChecklistEvidence { OutletId = outletId, Item = item, Note = note.Trim(), CheckedBy = scope.UserName });
        finding.Met = met;
        finding.Note = note.Trim();
        finding.CheckedOn = Today;
        finding.CheckedBy = scope.UserName;
        audit.Record("update", "Checklist", outlet!.Id, outlet.Name, outlet, $"{item}: {new AuditDiff().Field("terpenuhi", before, met)}; bukti: {note.Trim()}");
        await db.SaveChangesAsync(ct);
        return [];
    }

    public IQueryable<AssistanceCase> Cases() => db.Set<AssistanceCase>().Where(c => scope.Outlets(db.Outlets).Any(o => o.Id == c.OutletId));

    public async Task<(AssistanceCase? Case, List<FormError> Errors)> OpenCaseAsync(int outletId, VerificationStatus target, string? mentor, string? nextAction, DateOnly? nextOn, CancellationToken ct = default)
    {
        var outlet = await members.FindOutletAsync(outletId, ct);
        scope.Demand(outlet is not null && scope.IsBoardAdmin);
        var errors = new List<FormError>();
        if (string.IsNullOrWhiteSpace(mentor) || mentor.Length > 200) errors.Add(new("Nama pendamping wajib diisi, maksimal 200 karakter (mentor is missing).", "Mentor"));
        if (target <= outlet!.Verification) errors.Add(new("Target harus di atas status sekarang (target must be above the current level).", "Target"));
        if (nextAction is { Length: > 500 }) errors.Add(new("Langkah berikut maksimal 500 karakter.", "NextAction"));
        if (await db.Set<AssistanceCase>().AnyAsync(c => c.OutletId == outletId && c.ClosedOn == null, ct))
            errors.Add(new("Media ini sudah punya pendampingan yang terbuka (an open case exists)."));
        if (errors.Count > 0) return (null, errors);
        var @case = new AssistanceCase { OutletId = outletId, Target = target, Mentor = mentor!.Trim(), OpenedOn = Today, NextAction = nextAction?.Trim(), NextActionOn = nextOn };
        db.Add(@case);
        await db.SaveChangesAsync(ct);
        audit.Record("create", "Case", @case.Id, outlet.Name, outlet, AuditDiff.Snapshot(("Target", VerificationLabels.Of(target)), ("Pendamping", @case.Mentor), ("Langkah berikut", @case.NextAction)));
        await db.SaveChangesAsync(ct);
        return (@case, []);
    }

    public async Task<List<FormError>> AddStepAsync(int caseId, DateOnly on, string? note, string? nextAction, DateOnly? nextOn, bool close, CancellationToken ct = default)
    {
        var @case = await Cases().Include(c => c.Outlet).SingleOrDefaultAsync(c => c.Id == caseId, ct);
        scope.Demand(@case is not null && scope.IsBoardAdmin);
        var errors = new List<FormError>();
        if (string.IsNullOrWhiteSpace(note) || note.Length > 2000) errors.Add(new("Catatan langkah wajib diisi, maksimal 2000 karakter (step note is missing).", "Note"));
        if (on > Today) errors.Add(new("Tanggal langkah ada di masa depan (step date in the future).", "On"));
        if (on < @case!.OpenedOn) errors.Add(new("Tanggal langkah sebelum pendampingan dibuka (step before the case opened).", "On"));
        if (@case.ClosedOn is not null) errors.Add(new("Pendampingan sudah ditutup (the case is closed)."));
        if (nextOn is { } n && n < on) errors.Add(new("Tanggal langkah berikut sebelum tanggal langkah ini (next action before this step).", "NextOn"));
        if (errors.Count > 0) return errors;
        db.Add(new CaseStep { CaseId = caseId, On = on, Note = note!.Trim(), RecordedBy = scope.UserName });
        @case.NextAction = string.IsNullOrWhiteSpace(nextAction) ? null : nextAction.Trim();
        @case.NextActionOn = nextOn;
        if (close) @case.ClosedOn = on;
        audit.Record(close ? "close" : "update", "Case", caseId, @case.Outlet!.Name, @case.Outlet, $"Langkah {on:yyyy-MM-dd}: {note.Trim()}" + (close ? "; ditutup" : ""));
        await db.SaveChangesAsync(ct);
        return [];
    }

    public async Task<List<ExpiringCertificate>> ExpiringAsync(CancellationToken ct = default)
    {
        var horizon = Today.AddDays(Rules.ExpiryWarningDays).AddYears(-5);
        return (await scope.Outlets(db.Outlets).AsNoTracking()
                .Where(o => o.Verification == VerificationStatus.Factual)
                .Join(db.Set<MemberRecord>(), o => o.Id, m => m.OutletId, (o, m) => new { o.Id, o.Name, m.CertificateNumber, m.FactualOn })
                .Where(x => x.FactualOn != null && x.FactualOn <= horizon)
                .ToListAsync(ct))
            .Select(x => new ExpiringCertificate(x.Id, x.Name, x.CertificateNumber, x.FactualOn!.Value.AddYears(5)))
            .OrderBy(x => x.ExpiresOn).ToList();
    }

    public async Task<List<StalledCase>> StalledAsync(CancellationToken ct = default)
    {
        var cutoff = Today.AddDays(-Rules.StalledCaseDays);
        var open = await Cases().AsNoTracking().Where(c => c.ClosedOn == null)
            .Select(c => new { c.Id, c.OutletId, c.Outlet!.Name, c.Mentor, c.OpenedOn, Last = c.Steps.Max(s => (DateOnly?)s.On), c.NextAction, c.NextActionOn })
            .ToListAsync(ct);
        return open.Select(c => new StalledCase(c.Id, c.OutletId, c.Name, c.Mentor, c.Last ?? c.OpenedOn, c.NextAction, c.NextActionOn))
            .Where(c => c.LastActivity < cutoff).OrderBy(c => c.LastActivity).ToList();
    }
}
