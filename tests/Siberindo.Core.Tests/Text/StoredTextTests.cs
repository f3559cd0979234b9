using System.Text;
using Siberindo.Core.Text;

namespace Siberindo.Core.Tests.Text;

public sealed class StoredTextTests
{
    [Fact]
    public void Identifiers_that_share_their_first_characters_stay_distinct_and_fit()
    {
        var shared = new string('x', 1200);
        var (a, b) = (StoredText.Identifier(shared + "-a", 1000), StoredText.Identifier(shared + "-b", 1000));

        Assert.NotEqual(a, b);
        Assert.True(a.Length <= 1000 && b.Length <= 1000);
        Assert.Equal(a, StoredText.Identifier(shared + "-a", 1000)); // the same guid is always stored the same way
        Assert.Equal("pendek", StoredText.Identifier("pendek", 1000)); // short ones as they are: stored rows still match
    }

    [Fact]
    public void Clipping_never_splits_a_surrogate_pair() =>
        Assert.Equal("ab", StoredText.Clip("ab\U0001F600c", 3));

    [Theory]
    [InlineData(null, null)]
    [InlineData("   ", null)]
    [InlineData("  catatan juri  ", "catatan")]
    [InlineData(" ok ", "ok")]
    public void Typed_text_is_trimmed_before_it_is_clipped_and_blank_is_null(string? typed, string? stored) =>
        Assert.Equal(stored, StoredText.ClipTyped(typed, 7));

    [Fact]
    public void Windows_1252_is_read_when_the_bytes_are_not_utf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string text = "Warta “Café” – Édisi";
        Assert.Equal(text, TextFiles.Decode(Encoding.GetEncoding(1252).GetBytes(text)));
        Assert.Equal(text, TextFiles.Decode([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)]));
    }

    [Theory]
    [InlineData("a,b\n\"c,d\n", 2)]
    [InlineData("a,b\n\"c\nd\",e\n\"f,g\n", 4)]
    [InlineData("a,b\n\"say \"\"hi\"\"\",x\n", null)]
    [InlineData("a,b\nit's 5\" tall,x\n", null)] // a quote inside a field opens nothing
    public void An_unclosed_quote_is_found_at_the_line_where_it_opens(string csv, int? line) =>
        Assert.Equal(line, TextFiles.UnclosedQuoteLine(csv, ','));
}
