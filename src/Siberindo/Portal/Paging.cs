namespace Siberindo.Portal;

/// <summary>
/// Page numbers from the query string (?halaman=2). A page that does not exist (0, negative, beyond
/// <see cref="MaxPage"/> or past the last article) is answered 404 by the pages, never silently another page.
/// </summary>
public readonly record struct Paging(int Page, int Size)
{
    public const int MaxPage = 500;
    public int Skip => (Page - 1) * Size;

    /// <summary>The page asked for (the first when none is), or null when no list has such a page.</summary>
    public static Paging? From(int? page, int size) =>
        page switch
        {
            null => new Paging(1, size),
            >= 1 and <= MaxPage => new Paging(page.Value, size),
            _ => null,
        };

    /// <summary>True for a page after the last one of a list of <paramref name="total"/> items (the first page always exists).</summary>
    public bool PastTheEnd(int total) => Page > 1 && Skip >= total;
}
