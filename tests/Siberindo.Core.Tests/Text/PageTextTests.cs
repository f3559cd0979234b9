using System.Text;
using Siberindo.Core.Text;

namespace Siberindo.Core.Tests.Text;

public sealed class PageTextTests
{
    // "Kata “banjir” – kemarin" in windows-1252: 0x93/0x94 are the curly quotes, 0x96 the en dash.
    static byte[] Windows1252Page(string meta) =>
        [.. Encoding.ASCII.GetBytes($"<html><head>{meta}</head><body>Kata "), 0x93, .. "banjir"u8, 0x94, .. " "u8, 0x96, .. " kemarin</body></html>"u8];

    [Theory]
    [InlineData("<meta charset=\"windows-1252\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">")] // read as windows-1252, as browsers do
    [InlineData("")] // not UTF-8, nothing declared
    public void Curly_quotes_and_dashes_of_a_windows_1252_page_are_read_as_themselves(string meta)
    {
        var text = PageText.Decode(Windows1252Page(meta));
        Assert.Contains("Kata \u201Cbanjir\u201D \u2013 kemarin", text);
        Assert.DoesNotContain(text, c => c is >= '\u0080' and <= '\u009F');
    }

    [Fact]
    public void A_utf8_page_and_one_with_a_bom_are_read_as_utf8()
    {
        var page = "<p>Kata “banjir” – kemarin</p>";
        Assert.Equal(page, PageText.Decode(Encoding.UTF8.GetBytes(page)));
        Assert.Equal(page, PageText.Decode([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(page)]));
    }
}
