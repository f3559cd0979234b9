namespace Siberindo.Core.Stories;

/// <summary>
/// How well a story's articles hang together, for editors to find stories that mix events: each member's event terms
/// against the source's (the share of terms they have in common, weighting every term alike so that it needs no
/// network statistics), and how many regencies the members name between them. A story of one event scores high and
/// names one or two regencies; a story that chained routine news from many places scores low and names many.
/// </summary>
public sealed record StoryCoherence(double Median, double Lowest, int Regencies)
{
    /// <param name="source">The story's source article; <paramref name="members"/> its other articles.</param>
    public static StoryCoherence Of(ArticleFingerprint source, IReadOnlyList<ArticleFingerprint> members)
    {
        var sourceTerms = source.Terms.Select(EventTerms.Term).ToHashSet();
        var scores = members.Select(m =>
        {
            var terms = m.Terms.Select(EventTerms.Term).ToHashSet();
            int shared = terms.Count(sourceTerms.Contains);
            int union = terms.Count + sourceTerms.Count - shared;
            return union == 0 ? 1.0 : (double)shared / union;
        }).Order().ToList();
        var regencies = members.Append(source).SelectMany(m => m.Places).Where(PlaceNames.IsRegency).Distinct().Count();
        return scores.Count == 0
            ? new StoryCoherence(1, 1, regencies)
            : new StoryCoherence(scores[scores.Count / 2], scores[0], regencies);
    }
}
