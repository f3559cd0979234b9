using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Outlets;
using Siberindo.Regions;
using Siberindo.Shared;
using Siberindo.Storage;

namespace Siberindo.FactChecks;

/// <summary>
/// The fact-checkers' registry: publishing checks, correcting them (each correction kept with what the check said
/// before), importing partner desks' ClaimReview files. Every change is scoped (a provincial checker writes checks of
/// its province only, <see cref="AccessScope.CanCheckFacts"/>) and audited in the same save.
/// </summary>
public sealed class FactCheckRegistry(SiberindoDb db, AccessScope scope, AuditLog audit, RegionCatalog regions, TimeProvider clock, FactCheckEvents events,
    Hosting.Notifications notifications)
{
    DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The checks this user may change.</summary>
    public IQueryable<FactCheck> Editable() => scope.IsNational || scope.FactCheckArea == ""
        ? db.Set<FactCheck>()
        : scope.FactCheckArea is { Length: > 0 } p ? db.Set<FactCheck>().Where(f => f.ProvinceCode == p) : db.Set<FactCheck>().Where(f => false);

    /// <summary>The draft's problems, each naming the <see cref="FactCheckDraft"/> field it is about (the form shows it there).</summary>
    public List<FormError> Validate(FactCheckDraft d)
    {
        var errors = new List<FormError>();
        if (string.IsNullOrWhiteSpace(d.ClaimReviewed)) errors.Add(new("Klaim yang diperiksa wajib diisi (the claim is required).", nameof(d.ClaimReviewed)));
        if (string.IsNullOrWhiteSpace(d.Title)) errors.Add(new("Judul wajib diisi (a title is required).", nameof(d.Title)));
        if (string.IsNullOrWhiteSpace(d.Explanation)) errors.Add(new("Penjelasan singkat wajib diisi (an explanation is required).", nameof(d.Explanation)));
        if (string.IsNullOrWhiteSpace(d.Reviewer)) errors.Add(new("Nama tim pemeriksa wajib diisi (the reviewer is required).", nameof(d.Reviewer)));
        if (d.ProvinceCode is { Length: > 0 } p && regions.Province(p) is null) errors.Add(new($"Kode provinsi '{p}' tidak dikenal (unknown province).", nameof(d.ProvinceCode)));
        errors.AddRange(NotHttp(d.EvidenceLinks, nameof(d.EvidenceLinks)).Concat(NotHttp(d.Appearances, nameof(d.Appearances))));
        if (!scope.CanCheckFacts(Blank(d.ProvinceCode))) errors.Add(new("Anda tidak berwenang menulis cek fakta untuk wilayah ini (outside your area).", nameof(d.ProvinceCode)));
        return errors;
    }

    static IEnumerable<FormError> NotHttp(string? lines, string field) =>
        Lines(lines).Where(url => !Uri.TryCreate(url, UriKind.Absolute, out var u) || u.Scheme is not ("http" or "https"))
            .Select(url => new FormError($"'{url}' bukan alamat http(s) (not an http(s) URL).", field));

    static IEnumerable<string> Lines(string? text) => (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    public async Task<(FactCheck? Check, List<FormError> Errors)> PublishAsync(FactCheckDraft d, CancellationToken ct = default)
    {
        var errors = Validate(d);
        if (errors.Count > 0) return (null, errors);
        var now = Now;
        var check = New(d, now);
        db.Add(check);
        await db.SaveChangesAsync(ct);
        audit.Record("publish", nameof(FactCheck), check.Id, check.Title, check.ProvinceCode, null,
            AuditDiff.Snapshot(("Klaim", check.ClaimReviewed), ("Rating", RatingNames.Label(check.Rating)), ("Provinsi", check.ProvinceCode)));
        await db.SaveChangesAsync(ct);
        Changed();
        return (check, []);
    }

    // The matching stage reloads the checks; public pages (lists, the check's page) are evicted.
    void Changed()
    {
        events.RaiseChanged();
        notifications.Publish(new Hosting.ArticlesChanged());
    }

    static FactCheck New(FactCheckDraft d, DateTime now)
    {
        var check = new FactCheck
        {
            ExternalId = Blank(d.ExternalId), Slug = Core.Slug.From(d.Title, 90), Title = "", ClaimReviewed = "", Explanation = "", Body = "",
            Reviewer = "", Published = d.Published ?? now, Updated = now,
        };
        Apply(check, d);
        return check;
    }

    static void Apply(FactCheck c, FactCheckDraft d)
    {
        c.Title = d.Title.Trim(); c.ClaimReviewed = d.ClaimReviewed.Trim(); c.Claimant = Blank(d.Claimant); c.Appearances = Blank(d.Appearances);
        c.ClaimFirstSeen = d.ClaimFirstSeen; c.Rating = d.Rating; c.RatingOriginal = Blank(d.RatingOriginal); c.Category = d.Category;
        c.Explanation = d.Explanation.Trim(); c.Body = d.Body.Trim(); c.EvidenceLinks = Blank(d.EvidenceLinks); c.Reviewer = d.Reviewer.Trim();
        c.ProvinceCode = Blank(d.ProvinceCode);
    }

    /// <summary>Corrects a published check: the previous claim, rating and explanation are kept with the reason, shown on its page.
    /// A missing reason is named "Note", the field the correction form posts it as.</summary>
    public async Task<List<FormError>> CorrectAsync(long id, FactCheckDraft d, string note, CancellationToken ct = default)
    {
        var check = await Editable().SingleOrDefaultAsync(f => f.Id == id, ct);
        scope.Demand(check is not null);
        var errors = Validate(d);
        if (string.IsNullOrWhiteSpace(note)) errors.Add(new("Alasan koreksi wajib diisi: koreksi dicatat terbuka (a correction needs its reason).", "Note"));
        if (errors.Count > 0) return errors;
        var diff = new AuditDiff().Field("Klaim", check!.ClaimReviewed, d.ClaimReviewed.Trim()).Field("Rating", RatingNames.Label(check.Rating), RatingNames.Label(d.Rating))
            .Field("Penjelasan", check.Explanation, d.Explanation.Trim()).Field("Judul", check.Title, d.Title.Trim()).Field("Provinsi", check.ProvinceCode, Blank(d.ProvinceCode));
        Correct(check, d, note.Trim(), Now);
        audit.Record("correct", nameof(FactCheck), check.Id, check.Title, check.ProvinceCode, null, $"{note.Trim()} — {diff}");
        await db.SaveChangesAsync(ct);
        Changed();
        return [];
    }

    // The check as it was goes into its correction history; then the new text, one version more.
    void Correct(FactCheck check, FactCheckDraft d, string note, DateTime now)
    {
        db.Add(new FactCheckCorrection
        {
            FactCheckId = check.Id, At = now, By = scope.UserName, Note = note,
            PreviousRating = check.Rating, PreviousExplanation = check.Explanation, PreviousClaim = check.ClaimReviewed,
        });
        Apply(check, d);
        check.Version++;
        check.Updated = now;
    }

    /// <summary>A checker's decision on a matched article: confirmed (shown on the portal) or rejected (hidden, and
    /// kept so the pair is never suggested again).</summary>
    public async Task<FormError?> DecideAsync(long matchId, bool confirm, CancellationToken ct = default)
    {
        var match = await db.Set<FactCheckMatch>().SingleOrDefaultAsync(m => m.Id == matchId, ct);
        var check = match is null ? null : await Editable().AsNoTracking().SingleOrDefaultAsync(f => f.Id == match.FactCheckId, ct);
        scope.Demand(check is not null);
        var before = match!.State;
        match.State = confirm ? MatchState.Confirmed : MatchState.Rejected;
        match.DecidedBy = scope.UserName;
        match.DecidedAt = Now;
        audit.Record(confirm ? "confirm" : "reject", nameof(FactCheckMatch), match.Id, check!.Title, check.ProvinceCode, null,
            $"Artikel #{match.ArticleId}: {before} → {match.State}");
        await db.SaveChangesAsync(ct);
        notifications.Publish(new Hosting.ArticlesChanged());
        return null;
    }

    /// <summary>Imports checks: new external ids are published, known ones corrected when their text changed (with the
    /// reason "diperbarui dari impor"), unchanged ones left alone. All or nothing.</summary>
    public async Task<ImportCounts> ImportAsync(IReadOnlyList<FactCheckDraft> drafts, CancellationToken ct = default)
    {
        var errors = drafts.SelectMany((d, i) => Validate(d).Select(e => new RowError(i + 1, e.Message))).ToList();
        if (errors.Count > 0) return new ImportCounts(0, 0, 0, errors);
        var ids = drafts.Select(d => Blank(d.ExternalId)).OfType<string>().ToList();
        var known = await db.Set<FactCheck>().Where(f => f.ExternalId != null && ids.Contains(f.ExternalId)).ToDictionaryAsync(f => f.ExternalId!, ct);
        int created = 0, corrected = 0, unchanged = 0;
        var now = Now;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var d in drafts)
        {
            if (Blank(d.ExternalId) is { } ext && known.TryGetValue(ext, out var check))
            {
                if (check.ClaimReviewed == d.ClaimReviewed.Trim() && check.Rating == d.Rating && check.Explanation == d.Explanation.Trim() && check.Body == d.Body.Trim())
                { unchanged++; continue; }
                scope.Demand(scope.CanCheckFacts(check.ProvinceCode));
                Correct(check, d, "Diperbarui dari impor ClaimReview", now);
                audit.Record("correct", nameof(FactCheck), check.Id, check.Title, check.ProvinceCode, null, "impor ClaimReview");
                corrected++;
                continue;
            }
            var fresh = New(d, now);
            db.Add(fresh);
            if (fresh.ExternalId is { } e) known[e] = fresh;
            created++;
        }
        await db.SaveChangesAsync(ct);
        if (created > 0) audit.Record("import", nameof(FactCheck), "-", $"{created} cek fakta", null, null, $"{created} baru, {corrected} dikoreksi, {unchanged} tetap");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        if (created + corrected > 0) Changed();
        return new ImportCounts(created, corrected, unchanged, []);
    }
}

public sealed record ImportCounts(int Created, int Corrected, int Unchanged, IReadOnlyList<RowError> Errors);
