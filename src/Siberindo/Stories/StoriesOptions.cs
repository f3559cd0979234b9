using Siberindo.Core.Stories;

namespace Siberindo.Stories;

/// <summary>Configuration section "Stories".</summary>
public sealed class StoriesOptions
{
    /// <summary>Whether this process runs the story assigner (worker and all-in-one nodes only; a <c>Node:Role=web</c>
    /// node never does). At most one process assigns at a time anyway (the "stories" lease), so several worker nodes
    /// may leave it on.</summary>
    public bool Assign { get; set; } = true;
    /// <summary>How often the assigner looks for unassigned articles when no ingest in this process woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How far apart a copy and its original may be published and still be recognised. The story index holds
    /// this much news in memory (plus the three-day story window), so it sets the assigner's memory: about 2.5-3 KB per
    /// article published in it. Republishing is a matter of days; shorten it on a very large network.</summary>
    public TimeSpan CopyHorizon { get; set; } = new StoryIndexOptions().CopyHorizon;
}
