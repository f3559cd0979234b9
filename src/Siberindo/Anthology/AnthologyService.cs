using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Competition;
using Siberindo.Core.Competition;
using Siberindo.Regions;
using Siberindo.Storage;

namespace Siberindo.Anthology;

/// <summary>
/// Builds a round's anthology from its published results (the entries chosen for the book, in rank order, each with
/// the author's consent) and stores both files; counts downloads. Reads the competition's entries, which it only
/// ever follows: the book exists because the results were published.
/// </summary>
public sealed class AnthologyService(SiberindoDb db, RegionCatalog regions, AuditLog audit, AccessScope scope, TimeProvider clock)
{
    public const string Publisher = "Siberindo · Serikat Media Siber";

    /// <summary>The round the command builds when none is named: the one whose results came out last.</summary>
    public Task<CompetitionRound?> LatestFinishedAsync(CancellationToken ct) =>
        db.Set<CompetitionRound>().AsNoTracking().Where(r => r.ResultsPublishedAt != null).OrderByDescending(r => r.ResultsPublishedAt).FirstOrDefaultAsync(ct);

    public async Task<Book?> BookAsync(int roundId, CancellationToken ct)
    {
        var round = await db.Set<CompetitionRound>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == roundId, ct);
        if (round?.ResultsPublishedAt is null) return null;
        var entries = await db.Set<CompetitionEntry>().AsNoTracking().Include(e => e.Images)
            .Where(e => e.RoundId == roundId && e.InAnthology && e.Consent).OrderBy(e => e.Rank).ThenBy(e => e.Id).ToListAsync(ct);
        var book = entries.Select(e => new BookEntry(e.Id, e.Rank, e.Title, e.AuthorName, e.OutletName, Region(e), e.Licence, EntryText.ToXhtml(e.Body), EntryText.Blocks(e.Body),
            e.Images.OrderBy(i => i.Order).Select((i, k) => new BookPicture($"entry-{e.Id}-{k + 1}{(i.ContentType == "image/png" ? ".png" : ".jpg")}", i.ContentType, i.Content,
                i.Width, i.Height, i.Caption, i.Credit, i.Alt)).ToList())).ToList();
        return new Book(round.Id, round.Title, $"Antologi naskah terpilih lomba menulis {round.ResultsPublishedAt.Value.Year}", Publisher, round.Theme,
            round.JuryNotes, round.Licence, round.ResultsPublishedAt.Value, book);
    }

    private string Region(CompetitionEntry e) =>
        e.RegencyCode is { } r && regions.Regency(r) is { } regency ? $"{regency.Name}, {regions.Province(regency.ProvinceCode)?.Name}"
        : e.ProvinceCode is { } p ? regions.Province(p)?.Name ?? "" : "";

    /// <summary>Writes both files and stores them (replacing an earlier build; its counts stay). Null when the round has no results yet.</summary>
    public async Task<AnthologyBook?> BuildAsync(int roundId, CancellationToken ct = default)
    {
        var round = await db.Set<CompetitionRound>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == roundId, ct);
        scope.Demand(round is not null && scope.Covers(round) && scope.IsBoardAdmin);
        var book = await BookAsync(roundId, ct);
        if (book is null) return null;
        var epub = EpubWriter.Write(book);
        using var print = new PrintPdf();
        var pdf = print.Write(book);
        var stored = await db.Set<AnthologyBook>().SingleOrDefaultAsync(b => b.RoundId == roundId, ct);
        if (stored is null) db.Add(stored = new AnthologyBook { RoundId = roundId, Title = book.Title, Epub = epub, Pdf = pdf });
        (stored.Title, stored.Epub, stored.Pdf, stored.Entries, stored.PdfPages, stored.BuiltAt) =
            (book.Title, epub, pdf, book.Entries.Count, print.PageCount, clock.GetUtcNow().UtcDateTime);
        audit.Record("build", "Anthology", roundId, book.Title, round,
            $"Buku dibuat: {book.Entries.Count} naskah, EPUB {epub.Length / 1024} KB, PDF {print.PageCount} halaman ({pdf.Length / 1024} KB)");
        await db.SaveChangesAsync(ct);
        return stored;
    }

    public record Counts(string Title, int Entries, int PdfPages, long EpubBytes, long PdfBytes, long EpubDownloads, long PdfDownloads, DateTime BuiltAt);

    public Task<Counts?> CountsAsync(int roundId, CancellationToken ct) =>
        db.Set<AnthologyBook>().AsNoTracking().Where(b => b.RoundId == roundId)
            .Select(b => new Counts(b.Title, b.Entries, b.PdfPages, b.Epub.Length, b.Pdf.Length, b.EpubDownloads, b.PdfDownloads, b.BuiltAt)).SingleOrDefaultAsync(ct);

    /// <summary>The file for a download, counted first with one UPDATE (no read-modify-write race between web nodes).</summary>
    public async Task<byte[]?> DownloadAsync(int roundId, bool epub, CancellationToken ct)
    {
        var books = db.Set<AnthologyBook>().Where(b => b.RoundId == roundId);
        var counted = epub
            ? await books.ExecuteUpdateAsync(s => s.SetProperty(b => b.EpubDownloads, b => b.EpubDownloads + 1), ct)
            : await books.ExecuteUpdateAsync(s => s.SetProperty(b => b.PdfDownloads, b => b.PdfDownloads + 1), ct);
        if (counted == 0) return null;
        return epub ? await books.Select(b => b.Epub).SingleAsync(ct) : await books.Select(b => b.Pdf).SingleAsync(ct);
    }
}
