using Siberindo.Core.Competition;
using Siberindo.Core.Text;
using SkiaSharp;

namespace Siberindo.Anthology;

/// <summary>
/// The anthology for print: A5 pages (148 × 210 mm), cover, title page, colophon, a table of contents whose page
/// numbers are those of the PDF's pages (so a reader's "go to page" and the printed number agree), the jury's
/// foreword, then each entry from a new page with its author and outlet, running heads (book title on left pages,
/// the entry's title on right pages), pictures placed at the text width with their captions. Body text is set in
/// DejaVu Serif with Indonesian hyphenation from Debian's hyphen-id patterns (<see cref="Hyphenator"/>); a paragraph
/// never leaves a single line at the foot (orphan) or the head (widow) of a page, and a heading keeps two lines of
/// its text with it. The whole book is laid out first, then drawn, because the contents need the entries' pages.
/// </summary>
public sealed class PrintPdf : IDisposable
{
    public const float Width = 419.53f, Height = 595.28f, Margin = 48, Top = 58, Bottom = 56;
    public const string HyphenPatterns = "/usr/share/hyphen/hyph_id_ID.dic";
    private const float BodySize = 10.5f, Leading = 14.6f;
    private const float TextWidth = Width - 2 * Margin;
    private const float TextBottom = Height - Bottom;

    private readonly SKTypeface _serif = SKTypeface.FromFile(BookFonts.PathOf(BookFonts.Serif)) ?? SKTypeface.Default;
    private readonly SKTypeface _serifBold = SKTypeface.FromFile(BookFonts.PathOf(BookFonts.SerifBold)) ?? SKTypeface.Default;
    private readonly SKTypeface _sans = SKTypeface.FromFile(BookFonts.PathOf(BookFonts.Sans)) ?? SKTypeface.Default;
    private readonly SKTypeface _sansBold = SKTypeface.FromFile(BookFonts.PathOf(BookFonts.SansBold)) ?? SKTypeface.Default;
    private readonly Hyphenator? _hyphenator = File.Exists(HyphenPatterns) ? Hyphenator.Load(HyphenPatterns) : null;
    private readonly List<SKImage> _images = [];

    /// <summary>One laid-out page: what to draw, and the running head it carries (null: none, as on an entry's first page).</summary>
    private sealed class LaidPage
    {
        public List<Action<SKCanvas>> Draw { get; } = [];
        public string? RunningHead { get; set; }
        public bool Numbered { get; set; } = true;
    }

    /// <summary>Where each entry starts (1-based PDF page numbers), for tests and the contents.</summary>
    public IReadOnlyList<int> EntryPages { get; private set; } = [];
    public int PageCount { get; private set; }

    /// <summary>For every body block, how many of its lines went on each page it spans (what the widow and orphan rule decides).</summary>
    public List<List<int>> BlockPieces { get; } = [];

    public byte[] Write(Book book)
    {
        var front = new List<LaidPage> { CoverPage(book), TitlePage(book), Colophon(book) };
        // The contents' length depends only on the titles, so it is known before the entries are placed.
        var contents = ContentsLines(book);
        var contentPages = ContentsPages(contents, 0, book.Entries.Select(_ => 0).ToList()).Count;
        var firstBodyPage = front.Count + contentPages + 1;
        var body = new List<LaidPage>();
        int? forewordPage = null;
        if (book.Foreword is not null)
        {
            forewordPage = firstBodyPage;
            LayOut(body, firstBodyPage, "Catatan Dewan Juri", null, book.Title, "Catatan Dewan Juri",
                EntryText.Blocks(EntryText.Sanitize(book.Foreword)), []);
        }
        var starts = new List<int>();
        foreach (var e in book.Entries)
        {
            starts.Add(firstBodyPage + body.Count);
            LayOut(body, firstBodyPage, e.Title, $"{e.Author} · {e.Outlet}{(e.Region.Length > 0 ? " · " + e.Region : "")}", book.Title, e.Title, e.Blocks, e.Pictures,
                $"© {e.Author}. Lisensi: {e.Licence}.");
        }
        EntryPages = starts;
        var contentsPages = ContentsPages(contents, forewordPage, starts);
        if (contentsPages.Count != contentPages) throw new InvalidOperationException("contents page count changed during layout");
        var pages = front.Concat(contentsPages).Concat(body).ToList();
        PageCount = pages.Count;
        return Render(book, pages);
    }

    private byte[] Render(Book book, List<LaidPage> pages)
    {
        using var buffer = new MemoryStream();
        using (var document = SKDocument.CreatePdf(buffer, new SKDocumentPdfMetadata
               {
                   Title = book.Title, Author = book.Publisher, Subject = book.Subtitle, Keywords = "antologi, lomba menulis, " + book.Theme,
                   Creator = "Siberindo", Producer = "Siberindo", Creation = book.Modified, Modified = book.Modified,
               }))
        {
            using var head = new SKFont(_sans, 7.5f);
            using var grey = new SKPaint { Color = new SKColor(0x55, 0x5b, 0x66), IsAntialias = true };
            using var rule = new SKPaint { Color = new SKColor(0xbb, 0xbb, 0xbb), StrokeWidth = 0.5f };
            for (var i = 0; i < pages.Count; i++)
            {
                var canvas = document.BeginPage(Width, Height);
                foreach (var draw in pages[i].Draw) draw(canvas);
                var number = i + 1;
                var left = number % 2 == 0;
                if (pages[i].RunningHead is { } text)
                {
                    var fitted = Fit(text, head, TextWidth);
                    canvas.DrawText(fitted, left ? Margin : Width - Margin - head.MeasureText(fitted), Top - 22, head, grey);
                    canvas.DrawLine(Margin, Top - 17, Width - Margin, Top - 17, rule);
                }
                if (pages[i].Numbered)
                {
                    var label = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    canvas.DrawText(label, left ? Margin : Width - Margin - head.MeasureText(label), Height - Bottom / 2, head, grey);
                }
                document.EndPage();
            }
            document.Close();
        }
        return buffer.ToArray();
    }

    private LaidPage CoverPage(Book book)
    {
        var page = new LaidPage { Numbered = false };
        page.Draw.Add(c => CoverArt.Draw(c, Width, Height, book.Title, book.Subtitle, book.Publisher));
        return page;
    }

    private LaidPage TitlePage(Book book)
    {
        var page = new LaidPage { Numbered = false };
        var y = Height * 0.3f;
        y = Centered(page, book.Title, _serifBold, 20, y, 1.3f);
        y = Centered(page, book.Subtitle, _serif, 11, y + 14, 1.4f);
        Centered(page, book.Publisher, _sans, 9, Height * 0.82f, 1.4f);
        return page;
    }

    private LaidPage Colophon(Book book)
    {
        var page = new LaidPage();
        var y = Height * 0.55f;
        foreach (var text in new[]
                 {
                     $"{book.Title}. {book.Subtitle}.", $"Tema: {book.Theme}.",
                     $"Buku ini dibagikan gratis kepada publik. Setiap naskah dimuat dengan persetujuan penulisnya di bawah lisensi yang tercantum pada naskah itu (umumnya {book.Licence}).",
                     BookFonts.Notice, $"Pengenal: {book.Identifier}.",
                 })
            y = Wrapped(page, text, _serif, 8, y, Margin, TextWidth, 11) + 6;
        return page;
    }

    private sealed record ContentsLine(string Text, bool Bold, float Height, int? Target);

    private List<ContentsLine> ContentsLines(Book book)
    {
        using var font = new SKFont(_serifBold, 10);
        using var small = new SKFont(_serif, 8.5f);
        var lines = new List<ContentsLine>();
        void Item(string title, string? byline, int target)
        {
            var titleLines = CoverArt.Wrap(title, font, TextWidth - 30).ToList();
            for (var i = 0; i < titleLines.Count; i++) lines.Add(new ContentsLine(titleLines[i], true, 13.5f, i == titleLines.Count - 1 ? target : null));
            if (byline is not null) foreach (var b in CoverArt.Wrap(byline, small, TextWidth - 30)) lines.Add(new ContentsLine(b, false, 12, null));
            lines.Add(new ContentsLine("", false, 6, null));
        }
        if (book.Foreword is not null) Item("Catatan Dewan Juri", null, -1);
        foreach (var (e, i) in book.Entries.Select((e, i) => (e, i))) Item(e.Title, $"{e.Author} · {e.Outlet}", i);
        return lines;
    }

    private List<LaidPage> ContentsPages(List<ContentsLine> lines, int? forewordPage, List<int> starts)
    {
        var pages = new List<LaidPage> { new() };
        var y = Top;
        Heading(pages[0], "Daftar Isi", ref y);
        foreach (var line in lines)
        {
            if (y + line.Height > TextBottom) { pages.Add(new LaidPage { RunningHead = "Daftar Isi" }); y = Top; }
            var page = pages[^1];
            var baseline = y + line.Height - 3;
            var text = line.Text;
            var number = line.Target switch { null => null, -1 => forewordPage, var i => starts[i.Value] };
            page.Draw.Add(c =>
            {
                using var font = new SKFont(line.Bold ? _serifBold : _serif, line.Bold ? 10 : 8.5f);
                using var ink = new SKPaint { Color = line.Bold ? SKColors.Black : new SKColor(0x44, 0x44, 0x44), IsAntialias = true };
                c.DrawText(text, Margin, baseline, font, ink);
                if (number is { } n)
                {
                    var label = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    c.DrawText(label, Width - Margin - font.MeasureText(label), baseline, font, ink);
                }
            });
            y += line.Height;
        }
        return pages;
    }

    private void Heading(LaidPage page, string text, ref float y)
    {
        y += 24;
        using var measure = new SKFont(_serifBold, 17);
        foreach (var line in CoverArt.Wrap(text, measure, TextWidth))
        {
            var (l, baseline) = (line, y + 17);
            page.Draw.Add(c => { using var f = new SKFont(_serifBold, 17); using var p = new SKPaint { Color = SKColors.Black, IsAntialias = true }; c.DrawText(l, Margin, baseline, f, p); });
            y += 22;
        }
        y += 6;
    }

    /// <summary>Lays out one entry (or the foreword) from a new page.</summary>
    private void LayOut(List<LaidPage> pages, int firstPhysical, string title, string? byline, string bookTitle, string head, IReadOnlyList<TextBlock> blocks,
        IReadOnlyList<BookPicture> pictures, string? closing = null)
    {
        var page = new LaidPage();
        pages.Add(page);
        var y = Top + 20;
        Heading(page, title, ref y);
        if (byline is not null) y = Wrapped(page, byline, _serif, 9, y, Margin, TextWidth, 12, italicGrey: true) + 14;
        LaidPage NewPage()
        {
            // Left (even) pages carry the book's title, right (odd) pages the entry's.
            var next = new LaidPage { RunningHead = (firstPhysical + pages.Count) % 2 == 0 ? bookTitle : head };
            pages.Add(next);
            return next;
        }
        foreach (var block in blocks)
        {
            var size = block.Kind == BlockKind.Heading ? 11.5f : BodySize;
            var typeface = block.Kind == BlockKind.Heading ? _serifBold : _serif;
            var indent = block.Kind switch { BlockKind.Quote => 16f, BlockKind.ListItem => 10f, _ => 0f };
            var firstIndent = block.Kind == BlockKind.Paragraph ? 14f : 0f;
            using var font = new SKFont(typeface, size);
            var lines = Break(block.Text, font, TextWidth - indent, firstIndent);
            if (block.Kind == BlockKind.Heading) y += 6;
            var at = 0;
            var pieces = new List<int>();
            BlockPieces.Add(pieces);
            while (at < lines.Count)
            {
                var room = (int)((TextBottom - y) / Leading);
                var left = lines.Count - at;
                int take;
                if (block.Kind == BlockKind.Heading)
                {
                    // A heading goes whole and needs room for two lines of what follows it.
                    if (room < left + 2 && y > Top) { page = NewPage(); y = Top; continue; }
                    take = left;
                }
                else
                {
                    take = Math.Min(left, room);
                    // No single last line at the head of the next page (widow), no single first line at the foot (orphan).
                    if (take < left && left - take < 2) take = left - 2;
                    if (take < Math.Min(left, 2)) { page = NewPage(); y = Top; continue; }
                }
                for (var k = 0; k < take; k++)
                {
                    var (line, lineY, x) = (lines[at + k], y + Leading - 3.5f, Margin + indent + (at + k == 0 ? firstIndent : 0));
                    var (tf, sz) = (typeface, size);
                    page.Draw.Add(c => { using var f = new SKFont(tf, sz); using var p = new SKPaint { Color = SKColors.Black, IsAntialias = true }; c.DrawText(line, x, lineY, f, p); });
                    y += Leading;
                }
                at += take;
                pieces.Add(take);
                if (at < lines.Count) { page = NewPage(); y = Top; }
            }
            y += block.Kind == BlockKind.Heading ? 2 : 3;
        }
        foreach (var picture in pictures)
        {
            var image = SKImage.FromEncodedData(picture.Content);
            if (image is null) continue;
            _images.Add(image);
            var scale = Math.Min(TextWidth / image.Width, (TextBottom - Top) * 0.5f / image.Height);
            var (w, h) = (image.Width * scale, image.Height * scale);
            using var captionFont = new SKFont(_sans, 8);
            var caption = CoverArt.Wrap($"{picture.Caption} (Foto: {picture.Credit})", captionFont, TextWidth).ToList();
            var needed = h + 8 + caption.Count * 10.5f + 10;
            if (y + needed > TextBottom) { page = NewPage(); y = Top; }
            var (x0, y0) = (Margin + (TextWidth - w) / 2, y + 6);
            page.Draw.Add(c => c.DrawImage(image, new SKRect(x0, y0, x0 + w, y0 + h), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear)));
            y = Wrapped(page, $"{picture.Caption} (Foto: {picture.Credit})", _sans, 8, y0 + h + 4, Margin, TextWidth, 10.5f, italicGrey: true) + 8;
        }
        if (closing is not null)
        {
            if (y + 30 > TextBottom) { page = NewPage(); y = Top; }
            Wrapped(page, closing, _sans, 7.5f, y + 10, Margin, TextWidth, 10, italicGrey: true);
        }
    }

    /// <summary>
    /// Breaks a paragraph into lines: greedy, and a word that does not fit is hyphenated at the last allowed point
    /// that fits (hyphen-id's patterns) before it is moved to the next line.
    /// </summary>
    internal List<string> Break(string text, SKFont font, float width, float firstIndent)
    {
        var lines = new List<string>();
        var line = "";
        var words = new Queue<string>(text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        while (words.Count > 0)
        {
            var word = words.Dequeue();
            var room = width - (lines.Count == 0 ? firstIndent : 0);
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (font.MeasureText(candidate) <= room) { line = candidate; continue; }
            if (Split(word, line, font, room) is var (head, tail))
            {
                lines.Add((line.Length == 0 ? "" : line + " ") + head + "-");
                line = "";
                words = new Queue<string>(words.Prepend(tail));
                continue;
            }
            if (line.Length == 0) { lines.Add(word); continue; }
            lines.Add(line);
            line = "";
            words = new Queue<string>(words.Prepend(word));
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }

    private (string Head, string Tail)? Split(string word, string line, SKFont font, float room)
    {
        if (_hyphenator is null) return null;
        // Only the letters are hyphenated; punctuation around them stays with its side.
        var start = 0;
        while (start < word.Length && !char.IsLetter(word[start])) start++;
        var end = start;
        while (end < word.Length && char.IsLetter(word[end])) end++;
        var core = word[start..end];
        foreach (var point in _hyphenator.Points(core).Reverse())
        {
            var head = word[..(start + point)];
            if (font.MeasureText((line.Length == 0 ? "" : line + " ") + head + "-") <= room) return (head, word[(start + point)..]);
        }
        return null;
    }

    private float Wrapped(LaidPage page, string text, SKTypeface typeface, float size, float y, float x, float width, float leading, bool italicGrey = false)
    {
        using var font = new SKFont(typeface, size);
        foreach (var line in Break(text, font, width, 0))
        {
            var (l, baseline) = (line, y + leading - 2.5f);
            page.Draw.Add(c =>
            {
                using var f = new SKFont(typeface, size) { SkewX = italicGrey ? -0.18f : 0 };
                using var p = new SKPaint { Color = italicGrey ? new SKColor(0x44, 0x44, 0x44) : SKColors.Black, IsAntialias = true };
                c.DrawText(l, x, baseline, f, p);
            });
            y += leading;
        }
        return y;
    }

    private float Centered(LaidPage page, string text, SKTypeface typeface, float size, float y, float leading)
    {
        using var font = new SKFont(typeface, size);
        foreach (var line in CoverArt.Wrap(text, font, TextWidth))
        {
            var (l, x, baseline) = (line, (Width - font.MeasureText(line)) / 2, y + size);
            page.Draw.Add(c => { using var f = new SKFont(typeface, size); using var p = new SKPaint { Color = SKColors.Black, IsAntialias = true }; c.DrawText(l, x, baseline, f, p); });
            y += size * leading;
        }
        return y;
    }

    private static string Fit(string text, SKFont font, float width)
    {
        if (font.MeasureText(text) <= width) return text;
        while (text.Length > 1 && font.MeasureText(text + "…") > width) text = text[..^1];
        return text.TrimEnd() + "…";
    }

    public void Dispose()
    {
        foreach (var image in _images) image.Dispose();
        _serif.Dispose(); _serifBold.Dispose(); _sans.Dispose(); _sansBold.Dispose();
    }
}
