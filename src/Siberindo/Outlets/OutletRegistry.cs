using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Hosting;
using Siberindo.Members;
using Siberindo.Regions;
using Siberindo.Shared;
using Siberindo.Storage;

namespace Siberindo.Outlets;

/// <summary>
/// Creates, changes and imports outlets, keeping the registry's rules: a known regency, one outlet per site, and only
/// inside the user's area (<see cref="AccessScope"/>). Outlets registered here are members from that day; every change
/// is audited.
/// </summary>
public sealed class OutletRegistry(SiberindoDb db, RegionCatalog regions, TimeProvider clock, AccessScope scope, AuditLog audit,
    Notifications notifications)
{
    private FormError? OutsideArea(string? regencyCode) =>
        regencyCode is { Length: > 0 } code && regions.Regency(code.Trim()) is not null && !scope.CanPlaceOutletIn(code.Trim())
            ? new($"Kabupaten/kota {code.Trim()} di luar wilayah Anda (outside your area).", nameof(OutletDraft.RegencyCode))
            : null;

    private static FormError WebsiteTaken(string website) =>
        new($"Situs {website} sudah terdaftar untuk media lain (another outlet already has this website).", nameof(OutletDraft.Website));

    public async Task<RegistryResult> CreateAsync(OutletDraft draft, CancellationToken ct = default)
    {
        var errors = OutletRules.Validate(draft, regions);
        var website = OutletRules.NormalizeWebsite(draft.Website);
        if (website is not null && await DomainTakenAsync(OutletRules.DomainOf(website), null, ct))
            errors.Add(WebsiteTaken(website));
        if (OutsideArea(draft.RegencyCode) is { } outside) errors.Add(outside);
        if (errors.Count > 0) return RegistryResult.Failed(errors);

        var outlet = NewOutlet(draft, website!, await UniqueSlugAsync(OutletRules.SlugOf(draft.Name!), ct));
        db.Outlets.Add(outlet);
        await db.SaveChangesAsync(ct);
        AddMembership(outlet);
        audit.Record("create", "Outlet", outlet.Id, outlet.Name, outlet, AuditDiff.Snapshot(("Nama", outlet.Name), ("Perusahaan", outlet.CompanyName),
            ("Situs", outlet.Website), ("Kab/kota", outlet.RegencyCode), ("Verifikasi", VerificationLabels.Of(outlet.Verification)), ("Feed", outlet.Feeds.Count)));
        await db.SaveChangesAsync(ct);
        return RegistryResult.Ok(outlet);
    }

    public async Task<RegistryResult> UpdateAsync(int id, OutletDraft draft, CancellationToken ct = default)
    {
        var outlet = await scope.Outlets(db.Outlets).Include(o => o.Feeds).SingleOrDefaultAsync(o => o.Id == id, ct);
        scope.Demand(outlet is not null);
        var errors = OutletRules.Validate(draft, regions);
        if (draft.RegencyCode?.Trim() != outlet!.RegencyCode && OutsideArea(draft.RegencyCode) is { } outside) errors.Add(outside);
        if (!scope.IsBoardAdmin && (draft.Verification != outlet.Verification || draft.VerifiedOn != outlet.VerifiedOn))
            errors.Add(new("Status Dewan Pers hanya diubah oleh pengurus (only board admins change the verification status).", nameof(OutletDraft.Verification)));
        var website = OutletRules.NormalizeWebsite(draft.Website);
        if (website is not null && await DomainTakenAsync(OutletRules.DomainOf(website), id, ct))
            errors.Add(WebsiteTaken(website));
        if (errors.Count > 0) return RegistryResult.Failed(errors);

        var regency = regions.Regency(draft.RegencyCode!.Trim())!;
        var diff = new AuditDiff().Field("Nama", outlet.Name, draft.Name!.Trim()).Field("Perusahaan", outlet.CompanyName, Clean(draft.CompanyName))
            .Field("Situs", outlet.Website, website).Field("Kab/kota", outlet.RegencyCode, regency.Code)
            .Field("Verifikasi", VerificationLabels.Of(outlet.Verification), VerificationLabels.Of(draft.Verification)).Field("Tanggal verifikasi", outlet.VerifiedOn, draft.VerifiedOn)
            .Field("Feed", string.Join(" ", outlet.Feeds.Select(f => f.Url).Order()), string.Join(" ", draft.FeedUrls.Select(u => u.Trim()).Order()));
        outlet.Name = draft.Name!.Trim();
        outlet.CompanyName = Clean(draft.CompanyName);
        outlet.Website = website!;
        outlet.Domain = OutletRules.DomainOf(website!);
        var moved = outlet.ProvinceCode != regency.ProvinceCode;
        if (moved)
        {
            await db.Articles.Where(a => a.OutletId == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.ProvinceCode, regency.ProvinceCode), ct);
            // The search index keeps each article's province (a facet, and a column on PostgreSQL): indexed again.
            await Search.SearchSql.QueueOutletAsync(db, id, ct);
        }
        outlet.RegencyCode = regency.Code;
        outlet.ProvinceCode = regency.ProvinceCode;
        outlet.Verification = draft.Verification;
        outlet.VerifiedOn = draft.VerifiedOn;
        if (await db.Set<MemberRecord>().SingleOrDefaultAsync(m => m.OutletId == id, ct) is { } record) SyncVerification(outlet, record);
        outlet.Email = Clean(draft.Email);

        // Feeds keep their crawl history when they stay; removed ones go, new ones are due at once.
        var wanted = draft.FeedUrls.Select(u => u.Trim()).ToHashSet(StringComparer.Ordinal);
        outlet.Feeds.RemoveAll(f => !wanted.Contains(f.Url));
        foreach (var url in wanted.Where(u => outlet.Feeds.All(f => f.Url != u)))
            outlet.Feeds.Add(new Feed { Url = url, NextPollAt = clock.GetUtcNow().UtcDateTime });
        if (!diff.IsEmpty) audit.Record("update", "Outlet", outlet.Id, outlet.Name, outlet, diff.ToString());
        await db.SaveChangesAsync(ct);
        // Its articles were queued again with their new province: indexed now rather than at the stage's next poll.
        if (moved) notifications.Publish(new ArticlesRevised());
        return RegistryResult.Ok(outlet);
    }

    /// <summary>
    /// Imports many outlets at once, all or nothing: every row is checked first (against the registry and against
    /// the other rows), and a single error refuses the whole file, so no import is ever half-stored.
    /// </summary>
    public async Task<ImportResult> ImportAsync(IReadOnlyList<(int Line, OutletDraft Draft)> rows, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var errors = await CheckAsync(rows, ct);
        if (errors.Count > 0) return new ImportResult(0, errors);
        return await StoreAsync(rows, progress, ct);
    }

    /// <summary>Every problem of every row, against the registry and the other rows; nothing is stored.</summary>
    public async Task<List<RowError>> CheckAsync(IReadOnlyList<(int Line, OutletDraft Draft)> rows, CancellationToken ct = default)
    {
        var errors = new List<RowError>();
        var existingDomains = (await db.Outlets.Select(o => o.Domain).ToListAsync(ct)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seenInFile = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, draft) in rows)
        {
            errors.AddRange(OutletRules.Validate(draft, regions).Select(e => new RowError(line, e.Message)));
            if (OutsideArea(draft.RegencyCode) is { } outside) errors.Add(new RowError(line, outside.Message));
            if (OutletRules.NormalizeWebsite(draft.Website) is not { } website) continue;
            var domain = OutletRules.DomainOf(website);
            if (existingDomains.Contains(domain))
                errors.Add(new RowError(line, $"Situs {website} sudah terdaftar (website already registered)."));
            else if (seenInFile.TryGetValue(domain, out var first))
                errors.Add(new RowError(line, $"Situs {website} sama dengan baris {first} (duplicate website, see line {first})."));
            else seenInFile[domain] = line;
        }
        return errors;
    }

    private async Task<ImportResult> StoreAsync(IReadOnlyList<(int Line, OutletDraft Draft)> rows, IProgress<int>? progress, CancellationToken ct)
    {
        var slugs = (await db.Outlets.Select(o => o.Slug).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var done = 0;
        foreach (var chunk in rows.Chunk(500))
        {
            var added = new List<Outlet>(chunk.Length);
            foreach (var (_, draft) in chunk)
            {
                var slug = UniqueSlug(OutletRules.SlugOf(draft.Name!), slugs);
                slugs.Add(slug);
                added.Add(NewOutlet(draft, OutletRules.NormalizeWebsite(draft.Website)!, slug));
            }
            db.Outlets.AddRange(added);
            await db.SaveChangesAsync(ct);
            foreach (var outlet in added) AddMembership(outlet);
            if (done == 0) audit.Record("import", "Outlet", rows.Count, $"{rows.Count} media", scope.ProvinceCode, scope.RegencyCode,
                $"Impor {rows.Count} media: {string.Join(", ", rows.Take(20).Select(r => r.Draft.Name))}{(rows.Count > 20 ? ", …" : "")}");
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            done += chunk.Length;
            progress?.Report(done);
        }
        await transaction.CommitAsync(ct);
        return new ImportResult(rows.Count, []);
    }

    /// <summary>The outlet of a site, created with only its domain when <paramref name="create"/> is set.</summary>
    public async Task<Outlet?> FindByDomainAsync(string domain, bool create, CancellationToken ct = default)
    {
        var key = domain.Trim().ToLowerInvariant();
        if (key.StartsWith("www.", StringComparison.Ordinal)) key = key[4..];
        var outlet = await db.Outlets.SingleOrDefaultAsync(o => o.Domain == key, ct);
        if (outlet is not null || !create) return outlet;
        outlet = new Outlet
        {
            Name = key,
            Slug = await UniqueSlugAsync(OutletRules.SlugOf(key), ct),
            Website = "https://" + key,
            Domain = key,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Outlets.Add(outlet);
        await db.SaveChangesAsync(ct);
        return outlet;
    }

    /// <summary>An outlet the association registers is a member from the day it is registered.</summary>
    private void AddMembership(Outlet outlet)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var record = MemberService.NewRecord(outlet.Id, MembershipStatus.Member, today);
        SyncVerification(outlet, record);
        db.Add(record);
        db.Add(new MembershipEvent { OutletId = outlet.Id, Status = MembershipStatus.Member, On = today, RecordedBy = scope.UserName, Note = "Didaftarkan" });
    }

    /// <summary>The outlet form carries only the level and its date; the member file keeps the dates per level.</summary>
    private static void SyncVerification(Outlet outlet, MemberRecord record)
    {
        switch (outlet.Verification)
        {
            case VerificationStatus.Factual:
                record.FactualOn = outlet.VerifiedOn ?? record.FactualOn;
                break;
            case VerificationStatus.Administrative:
                record.AdministrativeOn = outlet.VerifiedOn ?? record.AdministrativeOn;
                (record.FactualOn, record.CertificateNumber) = (null, null);
                break;
            default:
                (record.AdministrativeOn, record.FactualOn, record.CertificateNumber) = (null, null, null);
                break;
        }
    }

    private Outlet NewOutlet(OutletDraft draft, string website, string slug)
    {
        var regency = regions.Regency(draft.RegencyCode!.Trim())!;
        var now = clock.GetUtcNow().UtcDateTime;
        var outlet = new Outlet
        {
            Name = draft.Name!.Trim(),
            CompanyName = Clean(draft.CompanyName),
            Slug = slug,
            Website = website,
            Domain = OutletRules.DomainOf(website),
            RegencyCode = regency.Code,
            ProvinceCode = regency.ProvinceCode,
            Verification = draft.Verification,
            VerifiedOn = draft.VerifiedOn,
            Email = Clean(draft.Email),
            CreatedAt = now,
        };
        foreach (var url in draft.FeedUrls) outlet.Feeds.Add(new Feed { Url = url.Trim(), NextPollAt = now });
        return outlet;
    }

    private Task<bool> DomainTakenAsync(string domain, int? exceptId, CancellationToken ct) =>
        db.Outlets.AnyAsync(o => o.Domain == domain && o.Id != exceptId, ct);

    private async Task<string> UniqueSlugAsync(string wanted, CancellationToken ct)
    {
        var taken = (await db.Outlets.Where(o => o.Slug.StartsWith(wanted)).Select(o => o.Slug).ToListAsync(ct)).ToHashSet();
        return UniqueSlug(wanted, taken);
    }

    private static string UniqueSlug(string wanted, HashSet<string> taken)
    {
        if (!taken.Contains(wanted)) return wanted;
        for (var i = 2; ; i++)
            if (!taken.Contains($"{wanted}-{i}")) return $"{wanted}-{i}";
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>A created or changed outlet, or the problems that refused it (each naming its draft field where it has one).</summary>
public sealed record RegistryResult(Outlet? Outlet, IReadOnlyList<FormError> Problems)
{
    public bool Succeeded => Outlet is not null;
    public IReadOnlyList<string> Errors => Problems.Select(p => p.Message).ToList();
    public static RegistryResult Ok(Outlet outlet) => new(outlet, []);
    public static RegistryResult Failed(IReadOnlyList<FormError> problems) => new(null, problems);
}

public sealed record RowError(int Line, string Message);

public sealed record ImportResult(int Imported, IReadOnlyList<RowError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
