namespace Siberindo.Tests.Infrastructure;

public static class Repository
{
    /// <summary>The checkout's root folder (where Siberindo.slnx is), for tests that use files of the repository.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Siberindo.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Siberindo.slnx not found above " + AppContext.BaseDirectory);
    }
}
