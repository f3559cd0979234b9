using Siberindo.Core.Feeds.WebSub;

namespace Siberindo.Core.Tests.Feeds.WebSub;

public class LinkHeaderTests
{
    [Fact]
    public void Finds_hub_and_self_in_link_headers()
    {
        var at = new Uri("https://kabar.example/feed/");
        string[] headers = ["<https://hub.example/>; rel=\"hub\", </feed/?self>; rel=\"self alternate\"; title=\"a, b\"", "<https://x.example/>; rel=next"];
        Assert.Equal("https://hub.example/", LinkHeader.Find(headers, "hub", at));
        Assert.Equal("https://kabar.example/feed/?self", LinkHeader.Find(headers, "self", at));
        Assert.Equal("https://x.example/", LinkHeader.Find(headers, "next", at));
        Assert.Null(LinkHeader.Find(headers, "prev", at));
        Assert.Null(LinkHeader.Find(["<javascript:alert(1)>; rel=hub"], "hub", at));
        Assert.Null(LinkHeader.Find(["<https://hub.example/; rel=hub"], "hub", at));
        Assert.Null(LinkHeader.Find([""], "hub", at));
    }
}
