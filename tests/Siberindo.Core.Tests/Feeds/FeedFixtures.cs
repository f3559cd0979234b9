using Siberindo.Core.Feeds;

namespace Siberindo.Core.Tests.Feeds;

/// <summary>Loads the quirk fixtures in testdata/ (one small file per real-world defect).</summary>
internal static class FeedFixtures
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Feeds", "testdata");

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Directory, name));

    public static IEnumerable<string> AllNames() =>
        System.IO.Directory.EnumerateFiles(Directory).Select(Path.GetFileName).Order()!;

    public static ParsedFeed Parse(string name, FeedParseOptions? options = null)
    {
        var result = FeedParser.Parse(Bytes(name), options);
        Assert.True(result.Success, $"{name}: {result.Error}");
        return result.Feed!;
    }

    public static FeedParseResult TryParse(string text, FeedParseOptions? options = null) =>
        FeedParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), options);
}
