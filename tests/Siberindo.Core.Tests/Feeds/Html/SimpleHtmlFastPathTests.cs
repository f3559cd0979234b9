using System.Text;
using CsCheck;
using Siberindo.Core.Feeds.Html;

namespace Siberindo.Core.Tests.Feeds.Html;

/// <summary>The fast path must produce exactly what HtmlSanitizer produces whenever it accepts an input.</summary>
public class SimpleHtmlFastPathTests
{
    private static readonly Uri Base = new("https://kabarnusantara.example/berita/2024/");

    [Theory]
    [InlineData("<p>PALU &#8211; Wali Kota <strong>meresmikan</strong> pasar.</p>")]
    [InlineData("<p><img src=\"/img/a.jpg\" alt=\"Pasar &amp; warga\"> <a href=\"lanjut?id=1&amp;x=2\">Baca</a></p>")]
    [InlineData("<ul>\r\n<li>Satu</li>\r\n<li>Dua&nbsp;&hellip;</li>\r\n</ul>")]
    [InlineData("Teks & harga > Rp10.000")]
    public void Accepts_common_cms_html_and_matches_the_library(string html)
    {
        string? fast = SimpleHtmlFastPath.TrySanitize(html, Base);

        Assert.NotNull(fast);
        Assert.Equal(ContentSanitizer.SanitizeWithLibrary(html, Base), fast);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<p onclick=\"x()\">a</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">a</a>")]
    [InlineData("<a href=\"java&#x09;script:alert(1)\">a</a>")]
    [InlineData("<a href=\" javascript:alert(1)\">a</a>")]
    [InlineData("<a href=\"//evil.example/\">a</a>")]
    [InlineData("<img src=\"data:image/png;base64,AAAA\">")]
    [InlineData("<p>a<div>b</div></p>")]
    [InlineData("<b><i>a</b></i>")]
    [InlineData("<p>tidak ditutup")]
    [InlineData("<!-- komentar --><p>a</p>")]
    [InlineData("<P>besar</P>")]
    [InlineData("<a href='tunggal'>a</a>")]
    [InlineData("<a href=\"a\" href=\"b\">a</a>")]
    [InlineData("<style>p{}</style>")]
    [InlineData("<svg><p>a</p></svg>")]
    [InlineData("a < b")]
    public void Refuses_anything_outside_its_grammar(string html)
    {
        Assert.Null(SimpleHtmlFastPath.TrySanitize(html, Base));
    }

    [Fact]
    public void Output_equals_the_library_whenever_the_fast_path_accepts()
    {
        int accepted = 0;
        Gen.Int[0, int.MaxValue].Array[1, 60].Sample(choices =>
        {
            string html = new FragmentBuilder(choices).Build();
            string? fast = SimpleHtmlFastPath.TrySanitize(html, Base);
            if (fast is not null)
            {
                Interlocked.Increment(ref accepted);
                Assert.Equal(ContentSanitizer.SanitizeWithLibrary(html, Base), fast);
            }
        }, iter: 3000, print: c => new FragmentBuilder(c).Build());

        // The generator must reach the fast path often, or this test would prove nothing.
        Assert.True(accepted > 300, $"only {accepted} of 3000 fragments took the fast path");
    }

    /// <summary>Builds an HTML fragment from a list of random choices, mostly within the fast path's grammar.</summary>
    private sealed class FragmentBuilder(int[] choices)
    {
        private static readonly string[] Texts =
        [
            "Warga", " ", "pasar rakyat", "&amp;", "&nbsp;", "&hellip;", "&#8211;", "&#x201C;", "&copy;", ">", "&", "\r\n", "\n", "\t",
            "Rp10.000", "\u00e9", "\u00a0", "&lt;b&gt;", "&quot;", "'", "\"", "&#0;", "&bogus;", "&notin;", "&amp", "= ",
        ];

        private static readonly string[] Tags =
            ["p", "b", "strong", "i", "em", "u", "span", "sub", "sup", "small", "a", "h2", "h3", "div", "blockquote", "ul", "ol", "li", "br", "img", "table", "font"];

        private static readonly string[] Urls =
        [
            "/img/a.jpg", "foto.jpg", "../naik.html", "https://cdn.example/x.png", "http://Contoh.example/A B", "?page=2&amp;x=1",
            "#atas", "mailto:redaksi@contoh.example", "javascript:alert(1)", "//cdn.example/y", "HTTPS://contoh.example/", "a:b/c",
            "https://contoh.example/%7Euser/?q=a&amp;b", "/path with space", "https://xn--contoh.example/", "https://contoh.example:8080/x",
        ];

        private readonly StringBuilder _html = new();
        private int _next;

        private int Pick(int count) => count == 0 ? 0 : choices[_next++ % choices.Length] % count;

        public string Build()
        {
            int nodes = 1 + Pick(6);
            for (int n = 0; n < nodes; n++)
            {
                Node(0);
            }
            return _html.ToString();
        }

        private void Node(int depth)
        {
            if (depth > 3 || Pick(3) == 0)
            {
                _html.Append(Texts[Pick(Texts.Length)]);
                return;
            }
            string tag = Tags[Pick(Tags.Length)];
            _html.Append('<').Append(tag);
            if (tag is "a" or "img" || Pick(6) == 0)
            {
                string attribute = tag == "img" ? (Pick(4) == 0 ? "alt" : "src") : (Pick(5) == 0 ? "title" : "href");
                string value = attribute is "href" or "src" ? Urls[Pick(Urls.Length)] : Texts[Pick(Texts.Length)];
                _html.Append(' ').Append(attribute).Append("=\"").Append(value.Replace("\"", "&quot;")).Append('"');
                if (tag == "img" && Pick(2) == 0)
                {
                    _html.Append(" width=\"").Append(Pick(900)).Append('"');
                }
            }
            if (tag is "br" or "img")
            {
                _html.Append(Pick(3) == 0 ? " />" : ">");
                return;
            }
            _html.Append('>');
            int children = Pick(4);
            for (int c = 0; c < children; c++)
            {
                Node(depth + 1);
            }
            if (Pick(12) != 0)
            {
                _html.Append("</").Append(tag).Append('>');
            }
        }
    }
}
