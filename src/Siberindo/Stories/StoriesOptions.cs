namespace Siberindo.Stories;

/// <summary>Configuration section "Stories".</summary>
public sealed class StoriesOptions
{
    /// <summary>Whether this process runs the story assigner. Web-only nodes set it to false; at most one process
    /// assigns at a time anyway (the "stories" lease), so several worker nodes may leave it on.</summary>
    public bool Assign { get; set; } = true;
    /// <summary>How often the assigner looks for unassigned articles when no ingest in this process woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
