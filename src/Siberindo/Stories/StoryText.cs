using Siberindo.Core.Text;

namespace Siberindo.Stories;

/// <summary>
/// The name the fact-check stage still calls (FactChecks/ClaimIndex and MatchStage are being changed in another branch
/// now); once that lands they call <see cref="ArticleText.Full"/> directly and this goes.
/// </summary>
public static class StoryText
{
    public static string Of(string? body, string? summaryHtml) => ArticleText.Full(body, summaryHtml);
}
