using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Core.Competition;
using Siberindo.Members;
using Siberindo.Shared;
using Siberindo.Storage;

namespace Siberindo.Competition;

public sealed record EntryDraft(string? Title, string? Body, bool Consent, string? Licence, IReadOnlyList<PictureUpload> Pictures, IReadOnlyCollection<int> RemovePictures);

/// <summary>Who the signed-in journalist is for the competition, and whether they may enter.</summary>
public sealed record Entrant(int PersonId, string Name, int? OutletId, string? OutletName, string? ProvinceCode, string? RegencyCode)
{
    public bool InGoodStanding => OutletId is not null;
}

/// <summary>
/// A journalist's side of a round: eligibility (a post at a member outlet in good standing), entries within the
/// window and the per-person limit, edits until the window closes. Every refusal says why, naming the field it is about
/// (the draft's names; the picture's under <see cref="EntryPictures.Field"/>) when it is about one; a refused entry
/// changes nothing that was stored.
/// </summary>
public sealed class EntrantService(SiberindoDb db, AccessScope scope, AuditLog audit, TimeProvider clock)
{
    public async Task<Entrant?> WhoAsync(CancellationToken ct)
    {
        if (scope.UserId is null) return null;
        var account = await db.Set<EntrantAccount>().AsNoTracking().SingleOrDefaultAsync(a => a.UserId == scope.UserId, ct);
        if (account is null) return null;
        var person = await db.Set<Person>().AsNoTracking().SingleAsync(p => p.Id == account.PersonId, ct);
        // The first outlet (by id) where the person holds a post and which is a member in good standing.
        var outlet = await db.Set<OutletPosition>().Where(p => p.PersonId == person.Id)
            .Join(db.Set<MemberRecord>().Where(m => m.Status == MembershipStatus.Member), p => p.OutletId, m => m.OutletId, (p, m) => p.OutletId)
            .Join(db.Outlets, id => id, o => o.Id, (id, o) => new { o.Id, o.Name, o.ProvinceCode, o.RegencyCode })
            .OrderBy(o => o.Id).FirstOrDefaultAsync(ct);
        return new Entrant(person.Id, person.Name, outlet?.Id, outlet?.Name, outlet?.ProvinceCode, outlet?.RegencyCode);
    }

    public IQueryable<CompetitionEntry> Mine() => db.Set<CompetitionEntry>().Where(e => e.AuthorUserId == scope.UserId);

    /// <summary>Why this entrant may not send an entry to the round now, or null.</summary>
    public async Task<string?> RefusalAsync(CompetitionRound round, Entrant? who, int? editing, CancellationToken ct)
    {
        if (who is null) return "Hanya akun wartawan yang bisa mengirim naskah (only journalist accounts may enter).";
        if (!who.InGoodStanding)
            return "Peserta harus wartawan media anggota yang aktif; media Anda tidak tercatat sebagai anggota aktif (eligibility: a member outlet in good standing).";
        if (round.ProvinceCode is not null && who.ProvinceCode != round.ProvinceCode)
            return "Lomba ini hanya untuk wartawan media anggota di provinsinya (this round is for one province's members).";
        var now = clock.GetUtcNow().UtcDateTime;
        if (now < round.SubmissionOpensAt)
            return $"Pengiriman naskah belum dibuka; dibuka {round.Show(round.SubmissionOpensAt)} (the window opens later).";
        if (now >= round.SubmissionClosesAt)
            return $"Pengiriman naskah sudah ditutup pada {round.Show(round.SubmissionClosesAt)}; naskah yang terlambat tidak diterima (late entries are refused: the window closed).";
        if (editing is null && await db.Set<CompetitionEntry>().CountAsync(e => e.RoundId == round.Id && e.PersonId == who.PersonId, ct) >= round.EntriesPerPerson)
            return $"Setiap peserta boleh mengirim {round.EntriesPerPerson} naskah; Anda sudah mengirim sebanyak itu. Ubah naskah yang ada (the per-person limit is reached).";
        return null;
    }

    public async Task<(CompetitionEntry? Entry, List<FormError> Errors)> SubmitAsync(int roundId, EntryDraft d, CancellationToken ct = default)
    {
        var round = await db.Set<CompetitionRound>().SingleOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null) return (null, [new("Lomba tidak ditemukan (round not found).")]);
        var who = await WhoAsync(ct);
        if (await RefusalAsync(round, who, null, ct) is { } refused) return (null, [new(refused)]);
        var (body, errors) = Validate(d);
        var images = Pictures(d.Pictures, 0, errors);
        if (errors.Count > 0) return (null, errors);
        var now = clock.GetUtcNow().UtcDateTime;
        var entry = new CompetitionEntry
        {
            RoundId = round.Id, PersonId = who!.PersonId, AuthorUserId = scope.UserId!, AuthorName = who.Name, OutletId = who.OutletId!.Value,
            OutletName = who.OutletName!, ProvinceCode = who.ProvinceCode, RegencyCode = who.RegencyCode, Title = d.Title!.Trim(), Body = body,
            Consent = true, Licence = d.Licence!, SubmittedAt = now, UpdatedAt = now,
        };
        entry.Images.AddRange(images);
        db.Add(entry);
        await db.SaveChangesAsync(ct);
        audit.Record("create", "CompetitionEntry", entry.Id, entry.Title, entry,
            AuditDiff.Snapshot(("Lomba", round.Title), ("Penulis", entry.AuthorName), ("Media", entry.OutletName), ("Foto", images.Count), ("Lisensi", entry.Licence)));
        await db.SaveChangesAsync(ct);
        return (entry, []);
    }

    public async Task<List<FormError>> UpdateAsync(int entryId, EntryDraft d, CancellationToken ct = default)
    {
        var entry = await Mine().Include(e => e.Images).SingleOrDefaultAsync(e => e.Id == entryId, ct);
        scope.Demand(entry is not null);
        var round = await db.Set<CompetitionRound>().SingleAsync(r => r.Id == entry!.RoundId, ct);
        if (await RefusalAsync(round, await WhoAsync(ct), entry!.Id, ct) is { } refused)
            return [new(refused.Replace("mengirim naskah", "mengubah naskah"))];
        var (body, errors) = Validate(d);
        var kept = entry.Images.Where(i => !d.RemovePictures.Contains(i.Id)).ToList();
        var added = Pictures(d.Pictures, kept.Count == 0 ? 0 : kept.Max(i => i.Order) + 1, errors);
        if (kept.Count + added.Count > EntryLimits.MaxImages) errors.Add(TooManyPictures());
        if (errors.Count > 0) return errors;
        var diff = new AuditDiff().Field("Judul", entry.Title, d.Title!.Trim()).Field("Panjang naskah", entry.Body.Length, body.Length)
            .Field("Foto", entry.Images.Count, kept.Count + added.Count).Field("Lisensi", entry.Licence, d.Licence);
        entry.Title = d.Title!.Trim();
        entry.Body = body;
        entry.Licence = d.Licence!;
        entry.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        db.RemoveRange(entry.Images.Where(i => d.RemovePictures.Contains(i.Id)));
        entry.Images.AddRange(added);
        audit.Record("update", "CompetitionEntry", entry.Id, entry.Title, entry, diff.ToString());
        await db.SaveChangesAsync(ct);
        return [];
    }

    private static (string Body, List<FormError> Errors) Validate(EntryDraft d)
    {
        var errors = new List<FormError>();
        if (string.IsNullOrWhiteSpace(d.Title) || d.Title.Trim().Length > EntryLimits.TitleLength)
            errors.Add(new($"Judul wajib diisi, maksimal {EntryLimits.TitleLength} karakter (title is missing or too long).", nameof(d.Title)));
        var body = EntryText.Sanitize(d.Body);
        var plain = EntryText.PlainText(body);
        if (plain.Length < EntryLimits.MinBodyChars)
            errors.Add(new($"Naskah terlalu pendek: {plain.Length} karakter, paling sedikit {EntryLimits.MinBodyChars} (text too short).", nameof(d.Body)));
        if (body.Length > EntryLimits.BodyLength) errors.Add(new($"Naskah terlalu panjang: paling banyak {EntryLimits.BodyLength:N0} karakter (text too long).", nameof(d.Body)));
        if (!d.Consent)
            errors.Add(new("Persetujuan publikasi wajib dicentang: naskah terpilih dibukukan dan dibagikan gratis (consent to publication is required).", nameof(d.Consent)));
        if (d.Licence is null || !EntryLicences.All.Contains(d.Licence)) errors.Add(new("Pilih salah satu lisensi yang tersedia (choose a licence).", nameof(d.Licence)));
        if (d.Pictures.Count > EntryLimits.MaxImages) errors.Add(TooManyPictures());
        return (body, errors);
    }

    // About the file field: it is where one more picture than allowed was added.
    private static FormError TooManyPictures() =>
        new($"Paling banyak {EntryLimits.MaxImages} foto per naskah (too many photos).", EntryPictures.FieldOf(nameof(PictureUpload.Content)));

    private static List<EntryImage> Pictures(IReadOnlyList<PictureUpload> uploads, int firstOrder, List<FormError> errors)
    {
        var images = new List<EntryImage>();
        foreach (var (p, i) in uploads.Select((p, i) => (p, i)))
        {
            var (image, error) = EntryPictures.Check(p, firstOrder + i);
            if (error is not null) errors.Add(error);
            else images.Add(image!);
        }
        return images;
    }
}
