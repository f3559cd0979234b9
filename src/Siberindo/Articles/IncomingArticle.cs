namespace Siberindo.Articles;

/// <summary>An article as a feed or an import file gives it, before it is stored.</summary>
public sealed record IncomingArticle(
    string Guid,
    string Url,
    string Title,
    string? Summary,
    string? Body,
    string? ImageUrl,
    DateTime? Published);
