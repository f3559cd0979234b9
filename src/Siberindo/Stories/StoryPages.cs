using Siberindo.Core;

namespace Siberindo.Stories;

/// <summary>URLs and output-cache tags of story pages.</summary>
public static class StoryPages
{
    /// <summary>Output-cache policy of story pages: tagged per story (see <see cref="Tag"/>), not with every ingest.</summary>
    public const string CachePolicy = "story";

    public static string Tag(long storyId) => $"story-{storyId}";

    public static string Url(long storyId, string title) => $"/berita/{storyId}/{Slug.From(title)}";
}
