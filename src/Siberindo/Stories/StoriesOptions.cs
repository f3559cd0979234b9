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
}
