using Siberindo.Core.Feeds.Html;

namespace Siberindo.Core.Tests.Feeds.Html;

/// <summary>The plain text of an article's HTML, as stored in its body.</summary>
public class HtmlTextTests
{
    [Fact]
    public void Body_text_keeps_paragraphs_and_drops_scripts()
    {
        var text = HtmlText.FromHtml("<p>Satu  <b>dua</b></p><script>alert(1)</script><p>Tiga&nbsp;empat<br>lima</p><ul><li>enam</li></ul>");
        Assert.Equal("Satu dua\n\nTiga empat\n\nlima\n\nenam", text);
        Assert.Null(HtmlText.FromHtml("<p> </p>"));
        Assert.Null(HtmlText.FromHtml(null));
    }
}
