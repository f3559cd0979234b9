using Siberindo.Anthology;
using Siberindo.Core.Competition;
using Siberindo.Tests.Infrastructure;
using SkiaSharp;

namespace Siberindo.Tests.Competition;

/// <summary>The print layout on its own: long entries across pages, hyphenation, widows and orphans, pictures.</summary>
public sealed class PrintPdfTests
{
    private static readonly string[] Words =
        "pemerintah kabupaten menyelenggarakan pelatihan jurnalistik bagi wartawan muda di pesisir utara yang selama ini jarang mendapat kesempatan belajar langsung dari redaktur berpengalaman".Split(' ');

    public static Book LongBook(int entries = 3, int paragraphs = 14)
    {
        var random = new Random(7);
        string Paragraph() => string.Join(' ', Enumerable.Range(0, random.Next(25, 90)).Select(_ => Words[random.Next(Words.Length)])) + ".";
        var list = Enumerable.Range(1, entries).Select(i =>
        {
            var html = EntryText.Sanitize(string.Concat(Enumerable.Range(0, paragraphs).Select(k => k == 5 ? "<h2>Bagian kedua</h2>" : $"<p>{Paragraph()}</p>")));
            BookPicture[] pictures = i == 1 ? [new BookPicture("entry-1-1.jpg", "image/jpeg", CompetitionFlowTests.Photo(new SKColor(0x30, 0x70, 0x40)), 640, 400, "Dermaga", "Penulis", "Dermaga kayu")] : [];
            return new BookEntry(i, i, $"Naskah Nomor {i} tentang Pesisir", $"Penulis {i}", $"Media {i}", "Kota Palu, Sulawesi Tengah", "CC BY-NC-ND 4.0",
                EntryText.ToXhtml(html), EntryText.Blocks(html), pictures);
        }).ToList();
        return new Book(99, "Antologi Uji", "Antologi naskah terpilih", "Siberindo", "Pesisir", "Catatan juri.", "CC BY-NC-ND 4.0", new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc), list);
    }

    [Fact]
    public async Task Long_entries_break_across_pages_with_running_heads_and_the_contents_match()
    {
        var book = LongBook();
        using var print = new PrintPdf();
        var pdf = print.Write(book);
        Assert.True(print.PageCount > 8, $"{print.PageCount} pages");
        await CompetitionFlowTests.AssertContentsMatchPagesAsync(pdf, book.Entries.Select(e => (e.Title, e.Author)).ToList());
        var path = Path.Combine(Path.GetTempPath(), $"siberindo-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            // The page after an entry's first carries a running head: the book's title on a left page, the entry's on a right one.
            var second = print.EntryPages[0] + 1;
            var head = (await BookTools.PageTextAsync(path, second)).Split('\n').First(l => l.Trim().Length > 0).Trim();
            Assert.Equal(second % 2 == 0 ? book.Title : book.Entries[0].Title, head);
            // Some line ends in a hyphen the patterns allowed (a word broken at a syllable).
            var all = await BookTools.RunAsync("pdftotext", path, "-");
            Assert.Matches(@"(pe|me|ke|ja|be|pe|se|la|ta|ra|ga|da|ka|pa|na|ma|ha|wa|ba)-\n", all);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void No_page_starts_or_ends_a_paragraph_with_a_single_line()
    {
        using var print = new PrintPdf();
        print.Write(LongBook(entries: 2, paragraphs: 30));
        var laid = print.BlockPieces;
        // Each paragraph's lines per page: a split paragraph leaves at least two lines on each side.
        foreach (var pieces in laid.Where(p => p.Count > 1)) Assert.All(pieces, n => Assert.True(n >= 2, string.Join(",", pieces)));
        Assert.Contains(laid, p => p.Count > 1);
    }

    [Fact]
    public async Task The_epub_of_a_long_book_is_valid()
    {
        await BookTools.AssertValidEpubAsync(EpubWriter.Write(LongBook()));
    }
}
