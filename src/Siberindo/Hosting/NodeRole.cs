namespace Siberindo.Hosting;

/// <summary>
/// What one process does (configuration key <c>Node:Role</c>, or <c>serve --role</c>). One machine runs
/// <see cref="All"/>; to scale out, any number of <see cref="Web"/> nodes serve pages and any number of
/// <see cref="Worker"/> nodes poll feeds, all on one PostgreSQL and one Redis.
/// </summary>
public enum NodeRole { All, Web, Worker }

public static class NodeRoles
{
    public static NodeRole Read(IConfiguration configuration) =>
        configuration["Node:Role"] is { Length: > 0 } value
            ? Enum.TryParse<NodeRole>(value, ignoreCase: true, out var role)
                ? role
                : throw new InvalidOperationException($"Node:Role '{value}' is not known. Use all, web or worker.")
            : NodeRole.All;

    public static bool RunsWorkers(this NodeRole role) => role != NodeRole.Web;
    public static bool ServesPages(this NodeRole role) => role != NodeRole.Worker;
}
