using Siberindo.Core.Images;

namespace Siberindo.Core.Tests.Images;

public class PageImageTests
{
    private static readonly Uri Page = new("https://kabarkupang.example/2026/01/banjir-oesapa");

    [Fact]
    public void Prefers_the_https_og_image_and_resolves_it_against_the_page()
    {
        const string html = """
            <!DOCTYPE html><html><head><meta charset="utf-8">
            <meta name="twitter:image" content="https://kabarkupang.example/twitter.jpg">
            <meta property="og:image" content="/foto/banjir.jpg">
            <meta property="og:image:secure_url" content="https://cdn.kabarkupang.example/foto/banjir.jpg">
            </head><body><img src="/iklan.gif"></body></html>
            """;

        Assert.Equal("https://cdn.kabarkupang.example/foto/banjir.jpg", PageImage.Find(html, Page));
        Assert.Equal("https://kabarkupang.example/foto/banjir.jpg", PageImage.Find(html.Replace("og:image:secure_url", "x"), Page));
    }

    [Fact]
    public void Falls_back_to_the_twitter_card_and_image_src_and_honours_base()
    {
        Assert.Equal("https://kabarkupang.example/twitter.jpg",
            PageImage.Find("<head><meta name=\"twitter:image\" content=\"https://kabarkupang.example/twitter.jpg\"></head>", Page));
        Assert.Equal("https://statis.example/img/a.png",
            PageImage.Find("<head><base href=\"https://statis.example/\"><link rel=\"image_src\" href=\"img/a.png\"></head>", Page));
    }

    [Theory]
    [InlineData("<head><meta property=\"og:image\" content=\"javascript:alert(1)\"></head>")]
    [InlineData("<head><meta property=\"og:image\" content=\"data:image/png;base64,iVBORw0KGgo=\"></head>")]
    [InlineData("<head><meta property=\"og:image\" content=\"  \"></head>")]
    [InlineData("<head><title>Tanpa gambar</title></head><body><meta property=\"og:image\" content=\"/di-badan.jpg\"></body>")]
    public void Finds_nothing_without_an_http_preview_image_in_the_head(string html)
    {
        Assert.Null(PageImage.Find(html, Page));
    }
}
