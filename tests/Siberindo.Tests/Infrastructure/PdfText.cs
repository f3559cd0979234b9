using UglyToad.PdfPig;

namespace Siberindo.Tests.Infrastructure;

/// <summary>Reads a PDF the way a viewer does (PdfPig): page count and the text, with white space removed for comparisons.</summary>
public static class PdfText
{
    public static (int Pages, string Text) Read(byte[] pdf)
    {
        Assert.True(pdf.Length > 4 && pdf[0] == '%' && pdf[1] == 'P' && pdf[2] == 'D' && pdf[3] == 'F', "not a PDF");
        using var document = PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        return (document.NumberOfPages, Compact(text));
    }

    public static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
