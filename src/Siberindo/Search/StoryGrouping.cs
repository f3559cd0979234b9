namespace Siberindo.Search;

/// <summary>What search results are grouped by: the article's story, or the article itself when it has none.</summary>
public readonly record struct StoryKey(bool IsStory, long Id)
{
    public static StoryKey Of(long articleId, long? storyId) => storyId is { } s ? new(true, s) : new(false, articleId);
}

/// <summary>Collapses copies of one story so a press release carried by twenty outlets takes one place on the page.</summary>
public static class StoryGrouping
{
    /// <summary>
    /// Groups ranked articles by story key; groups keep the rank of their best article, members stay in rank order.
    /// Articles without a key (deleted since ranking) are dropped.
    /// </summary>
    public static List<List<RankedArticle>> Group(IReadOnlyList<RankedArticle> ranked, IReadOnlyDictionary<long, StoryKey> keys)
    {
        var groups = new List<List<RankedArticle>>();
        var byKey = new Dictionary<StoryKey, List<RankedArticle>>();
        foreach (var article in ranked)
        {
            if (!keys.TryGetValue(article.ArticleId, out var key)) continue;
            if (!byKey.TryGetValue(key, out var group))
            {
                byKey[key] = group = [];
                groups.Add(group);
            }
            group.Add(article);
        }
        return groups;
    }
}
