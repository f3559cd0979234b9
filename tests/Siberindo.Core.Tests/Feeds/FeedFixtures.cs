using Siberindo.Core.Feeds;

namespace Siberindo.Core.Tests.Feeds;

/// <summary>
/// Loads the fixtures that sit beside each format's tests, in <c>Feeds/&lt;folder&gt;/testdata/</c> (one small file per
/// real-world defect or format feature).
/// </summary>
internal static class FeedFixtures
{
    private static string Root => Path.Combine(AppContext.BaseDirectory, "Feeds");

    public static byte[] Bytes(string folder, string name) => File.ReadAllBytes(Path.Combine(Root, folder, "testdata", name));

    /// <summary>Every fixture of every folder, in a stable order, for the tests that run on all of them.</summary>
    public static IEnumerable<byte[]> AllBytes() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(Path.GetDirectoryName(path)) == "testdata")
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes);

    public static ParsedFeed Parse(string folder, string name, FeedParseOptions? options = null)
    {
        var result = FeedParser.Parse(Bytes(folder, name), options);
        Assert.True(result.Success, $"{folder}/{name}: {result.Error}");
        return result.Feed!;
    }

    public static FeedParseResult TryParse(string text, FeedParseOptions? options = null) =>
        FeedParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), options);
}
