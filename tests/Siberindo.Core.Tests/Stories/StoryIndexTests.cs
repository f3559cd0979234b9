using Siberindo.Core.Stories;
using static Siberindo.Core.Tests.Stories.StoryTexts;

namespace Siberindo.Core.Tests.Stories;

public class StoryIndexTests
{
    [Fact]
    public void Copy_with_new_headline_dateline_and_footers_is_detected()
    {
        var index = new StoryIndex();
        index.Add(Release());
        var copy = index.Add(Copy(2, "lensapalu.com", Day.AddHours(3))).Assignment;
        Assert.Equal(1, copy.CopyOfId);
        Assert.Equal(1, copy.StoryId);
    }

    [Fact]
    public void Lead_only_copy_is_detected()
    {
        var index = new StoryIndex();
        index.Add(Release());
        var lead = new StoryArticle(2, "warta.id", ReleaseTitle, "SIGI \u2013 " + ReleaseParagraphs[0] + "\n\n" + ReleaseParagraphs[1], Day.AddHours(2));
        Assert.Equal(1, index.Add(lead).Assignment.CopyOfId);
    }

    [Fact]
    public void Reordered_copy_with_word_swaps_is_detected()
    {
        var index = new StoryIndex();
        index.Add(Release());
        var swapped = ReleaseParagraphs.Reverse().Select(p => p.Replace("mengatakan", "mengutarakan").Replace(" yang ", " yg ").Replace("Pemerintah daerah", "Pemda"));
        var copy = new StoryArticle(2, "warta.id", "Bibit Kakao untuk Petani Sigi", string.Join("\n\n", swapped), Day.AddHours(5));
        Assert.Equal(1, index.Add(copy).Assignment.CopyOfId);
    }

    [Fact]
    public void Template_with_other_figures_and_date_is_not_a_copy_nor_the_same_story()
    {
        var index = new StoryIndex();
        index.Add(Release());
        var template = index.Add(Template(2, Day.AddDays(2))).Assignment;
        Assert.Null(template.CopyOfId);
        Assert.NotEqual(1, template.StoryId);
    }

    [Fact]
    public void Independent_report_joins_the_story_without_being_a_copy()
    {
        var index = new StoryIndex();
        index.Add(Release());
        index.Add(Copy(2, "lensapalu.com", Day.AddHours(1)));
        var independent = index.Add(Independent(3, Day.AddHours(4))).Assignment;
        Assert.Null(independent.CopyOfId);
        Assert.Equal(1, independent.StoryId);
    }

    [Fact]
    public void Similar_event_elsewhere_stays_apart()
    {
        var index = new StoryIndex();
        index.Add(Release());
        index.Add(Independent(2, Day.AddHours(4)));
        var elsewhere = index.Add(ElsewhereSimilar(3, Day.AddDays(3))).Assignment;
        Assert.Null(elsewhere.CopyOfId);
        Assert.Equal(3, elsewhere.StoryId);
    }

    [Fact]
    public void Late_arriving_original_becomes_the_source()
    {
        var index = new StoryIndex();
        index.Add(Copy(2, "lensapalu.com", Day.AddHours(3)));
        index.Add(Copy(3, "warta.id", Day.AddHours(5)));
        var update = index.Add(Release(1, Day));

        Assert.Null(update.Assignment.CopyOfId);
        Assert.All(update.Changed.Where(c => c.ArticleId is 2 or 3), c => Assert.Equal(1, c.CopyOfId));
        Assert.Equal(1, index.GetAssignment(3)!.CopyOfId);
        var story = index.GetStory(update.Assignment.StoryId)!;
        Assert.Equal(1, story.SourceArticleId);
        Assert.Equal(ReleaseTitle, story.Title);
        Assert.Equal(3, story.ArticleIds.Count);
    }

    [Fact]
    public void Restoring_from_fingerprints_gives_the_same_assignments()
    {
        var first = new[] { Release(), Copy(2, "lensapalu.com", Day.AddHours(1)), Independent(3, Day.AddHours(2)), Template(4, Day.AddDays(6)) };
        var later = new[] { Copy(5, "warta.id", Day.AddHours(8)), ElsewhereSimilar(6, Day.AddDays(3)), Copy(7, "kabarsigi.id", Day.AddDays(6).AddHours(1)) };

        var original = new StoryIndex();
        var stored = new List<ArticleFingerprint>();
        foreach (var a in first)
        {
            var fp = original.Fingerprint(a);
            stored.Add(fp);
            original.Add(fp);
        }
        var restored = new StoryIndex();
        restored.Restore(stored.Select(fp => (fp, original.GetAssignment(fp.Id)!)));

        foreach (var a in first) Assert.Equal(original.GetAssignment(a.Id), restored.GetAssignment(a.Id));
        foreach (var a in later) Assert.Equal(original.Add(a), restored.Add(a), new StoryUpdateComparer());
    }

    sealed class StoryUpdateComparer : IEqualityComparer<StoryUpdate>
    {
        public bool Equals(StoryUpdate? x, StoryUpdate? y) => x!.Assignment == y!.Assignment && x.Changed.SequenceEqual(y.Changed);
        public int GetHashCode(StoryUpdate obj) => obj.Assignment.GetHashCode();
    }
}
