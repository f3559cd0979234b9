using Siberindo.Core.Search;

namespace Siberindo.Search;

/// <summary>The full-text index in one database: SQLite FTS5 or a PostgreSQL tsvector table, the same terms in both.</summary>
public interface ISearchStore
{
    /// <summary>Creates the index if missing; safe at every start (not an EF migration: EF cannot model it).</summary>
    Task EnsureSchemaAsync(CancellationToken ct);

    /// <summary>
    /// Adds or replaces documents, inside the context's current transaction when there is one. False, writing nothing,
    /// while a rebuild is replacing the index (PostgreSQL): the caller keeps the documents queued and tries later.
    /// </summary>
    Task<bool> WriteAsync(IReadOnlyList<SearchDocument> documents, CancellationToken ct);

    /// <summary>
    /// False while a rebuild is replacing the index (PostgreSQL), so the search stage need not read and analyse a batch
    /// that <see cref="WriteAsync"/> would refuse. A hint: the refusal in <see cref="WriteAsync"/> is the guarantee.
    /// </summary>
    Task<bool> AcceptsWritesAsync(CancellationToken ct);

    /// <summary>Starts building a whole new index; readers keep the old one until it completes.</summary>
    Task<ISearchRebuild> BeginRebuildAsync(CancellationToken ct);

    /// <summary>The best <paramref name="take"/> articles for the query: any term matches, best score first.</summary>
    Task<List<RankedArticle>> RankAsync(SearchQuery query, SearchFilters filters, int take, CancellationToken ct);
}

/// <summary>
/// A new index being built from every stored article. What was queued for the search stage when it began is removed
/// when it completes (the rebuild indexed those articles); what is queued meanwhile stays for the stage. Disposed
/// without completing, it is discarded and the old index stays.
/// </summary>
public interface ISearchRebuild : IAsyncDisposable
{
    /// <summary>
    /// Adds documents to the new index. May return before they are written (PostgreSQL writes one batch while the next
    /// is read and analysed); a failure then surfaces on the next call.
    /// </summary>
    Task WriteAsync(IReadOnlyList<SearchDocument> documents, CancellationToken ct);

    /// <summary>Makes the new index the one searched.</summary>
    Task CompleteAsync(CancellationToken ct);
}
