namespace Siberindo.Core.Tests.Feeds;

public class FeedParserErrorTests
{
    [Theory]
    [InlineData("", "empty document")]
    [InlineData("  \r\n\t ", "empty document")]
    [InlineData("<!DOCTYPE html><html><head><title>Beranda</title></head><body>Halo</body></html>", "the document is an HTML page, not a feed")]
    [InlineData("\n<html lang=\"id\"><body><p>Situs sedang dalam perbaikan</p></body></html>", "the document is an HTML page, not a feed")]
    [InlineData("<?xml version=\"1.0\"?><foo><bar/></foo>", "unrecognised root element <foo>")]
    [InlineData("Maaf, server sedang sibuk.", "the document is neither XML nor JSON")]
    public void Explains_why_a_document_is_not_a_feed(string document, string expected)
    {
        var result = FeedFixtures.TryParse(document);

        Assert.False(result.Success);
        Assert.Null(result.Feed);
        Assert.Equal(expected, result.Error);
    }

    [Fact]
    public void Reports_xml_that_breaks_before_the_root_element()
    {
        var result = FeedFixtures.TryParse("<?xml version=\"1.0\"?><<<");

        Assert.False(result.Success);
        Assert.NotNull(result.Error);
    }
}
