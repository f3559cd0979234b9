using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Stories;
using Siberindo.Tests.Infrastructure;
using static Siberindo.Tests.Stories.StoryTexts;

namespace Siberindo.Tests.Stories;

/// <summary>The story review's split and merge forms: a refusal is written next to what it is about and the typed number is kept.</summary>
public sealed class StoryReviewFormTests
{
    private static readonly DateTime Day = DateTime.UtcNow.Date.AddHours(-20);

    [SkippableFact]
    public async Task A_refused_merge_or_split_says_why_next_to_its_field()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        var a = await Seed.OutletAsync(app, "Sumbawa Kini", "https://sumbawa.example", "52.04");
        var b = await Seed.OutletAsync(app, "Kabar NTB", "https://kabarntb.example", "52.04");
        await StoryTests.IngestAsync(app, a, Article("S1", "sumbawa.example", "Pemkab Sumbawa salurkan 12 ton benih jagung", Body(Seeds, "SUMBAWA"), Day.AddHours(1)));
        await StoryTests.IngestAsync(app, b, Article("S2", "kabarntb.example", "Petani Lape terima benih jagung", Body(Seeds[..3], "SUMBAWA BESAR", "(rls/red)"), Day.AddHours(2)));
        var story = await app.WithDbAsync(d => d.Articles.Where(x => x.Guid == "S1").Select(x => x.StoryId!.Value).SingleAsync());
        using var http = await Users.SignedInAsync(app, "pusat@smsi.example", Roles.Admin);
        var url = $"/admin/cerita/{story}";

        // An unknown story number: the message sits at the number field, which keeps what was typed.
        var unknown = await (await Forms.PostAsync(http, url, new() { ["OtherStory"] = "999999" }, url + "?handler=Merge")).Content.ReadAsStringAsync();
        FieldErrors.AssertTied(unknown, "OtherStory", "Cerita nomor 999999 tidak ditemukan");
        Assert.Equal("999999", FormValues.Of(unknown, "OtherStory"));

        var same = await (await Forms.PostAsync(http, url, new() { ["OtherStory"] = story.ToString() }, url + "?handler=Merge")).Content.ReadAsStringAsync();
        FieldErrors.AssertTied(same, "OtherStory", "Itu cerita yang sama");

        // Nothing chosen: the message is written inside the group of boxes, which the summary links to, and every box
        // is marked invalid; the number field is not.
        var none = await (await Forms.PostAsync(http, url, new(), url + "?handler=Split")).Content.ReadAsStringAsync();
        var document = new HtmlParser().ParseDocument(none);
        var group = document.GetElementById("Articles");
        Assert.NotNull(group);
        Assert.Equal("fieldset", group.LocalName);
        Assert.Contains("Pilih artikel yang dipisahkan", group.QuerySelector(".field-error")?.TextContent);
        Assert.Contains(document.QuerySelectorAll("#form-errors a"), x => x.GetAttribute("href") == "#Articles");
        var boxes = group.QuerySelectorAll("input[type=checkbox][name=Articles]");
        Assert.Equal(2, boxes.Length);
        Assert.All(boxes, box => Assert.Equal("true", box.GetAttribute("aria-invalid")));
        Assert.DoesNotContain("OtherStory", FieldErrors.Invalid(none));
        Assert.Equal(0, await app.WithDbAsync(d => d.Set<StoryDecision>().CountAsync()));
    }
}
