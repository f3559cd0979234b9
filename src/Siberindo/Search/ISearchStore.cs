using Siberindo.Core.Search;

namespace Siberindo.Search;

/// <summary>The full-text index in one database: SQLite FTS5 or a PostgreSQL tsvector table, the same terms in both.</summary>
public interface ISearchStore
{
    /// <summary>Creates the index if missing; safe at every start (not an EF migration: EF cannot model it).</summary>
    Task EnsureSchemaAsync(CancellationToken ct);

    /// <summary>Adds or replaces documents, inside the context's current transaction when there is one.</summary>
    Task WriteAsync(IReadOnlyList<SearchDocument> documents, CancellationToken ct);

    /// <summary>Empties the index before a rebuild.</summary>
    Task BeginRebuildAsync(CancellationToken ct);

    /// <summary>Ends a rebuild (PostgreSQL builds its GIN index once, after the bulk load).</summary>
    Task EndRebuildAsync(CancellationToken ct);

    /// <summary>The best <paramref name="take"/> articles for the query: any term matches, best score first.</summary>
    Task<List<RankedArticle>> RankAsync(SearchQuery query, SearchFilters filters, int take, CancellationToken ct);
}
