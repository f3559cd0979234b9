namespace Siberindo.Articles;

/// <summary>
/// Column lengths of <see cref="Article"/>: declared once here, used by <see cref="ArticleConfiguration"/> for the
/// schema and by <see cref="ArticleIngestor"/> to clip or refuse values before they are written, so that a value
/// never reaches a column it does not fit (PostgreSQL refuses it, SQLite stores it whole and breaks the comparisons).
/// </summary>
public static class ArticleLengths
{
    public const int Guid = 1000;
    public const int Url = 2000;
    public const int Title = 1000;
    public const int ImageUrl = 2000;
    public const int Excerpt = 400;
}
