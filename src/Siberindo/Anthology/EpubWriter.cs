using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;

namespace Siberindo.Anthology;

/// <summary>
/// Writes the anthology as EPUB 3 (checked with Debian's epubcheck in the tests): the <c>mimetype</c> entry first and
/// stored, a package document with <c>dc:identifier</c>, <c>dc:title</c>, <c>dc:language</c>, <c>dcterms:modified</c>
/// and EPUB Accessibility 1.1 metadata, a navigation document (table of contents and landmarks) that is also the
/// book's contents page, a cover, a title page with the colophon, the jury's foreword, one XHTML document per entry
/// with its author and outlet, pictures with alt text and captions, and DejaVu fonts embedded through CSS.
/// Written by hand with System.IO.Compression: the format is a zip of a dozen small XML files.
/// </summary>
public static class EpubWriter
{
    public static byte[] Write(Book book)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            // First and uncompressed, so a reader recognises the file from its first bytes.
            Add(zip, "mimetype", "application/epub+zip", CompressionLevel.NoCompression);
            Add(zip, "META-INF/container.xml",
                """<?xml version="1.0" encoding="UTF-8"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles></container>""");
            Add(zip, "EPUB/css/book.css", Css);
            AddBytes(zip, "EPUB/fonts/" + BookFonts.Serif, File.ReadAllBytes(BookFonts.PathOf(BookFonts.Serif)));
            AddBytes(zip, "EPUB/fonts/" + BookFonts.SerifBold, File.ReadAllBytes(BookFonts.PathOf(BookFonts.SerifBold)));
            AddBytes(zip, "EPUB/images/cover.png", CoverArt.Png(book));
            Add(zip, "EPUB/cover.xhtml", Page(book.Title, "cover",
                $"""<section epub:type="cover" class="cover"><img role="doc-cover" src="images/cover.png" alt="{E($"Sampul buku {book.Title}")}"/></section>"""));
            Add(zip, "EPUB/title.xhtml", Page(book.Title, "titlepage", TitlePage(book)));
            Add(zip, "EPUB/nav.xhtml", Nav(book));
            if (book.Foreword is not null)
                Add(zip, "EPUB/foreword.xhtml", Page("Catatan Dewan Juri", "foreword",
                    $"""<section epub:type="foreword" role="doc-foreword"><h1>Catatan Dewan Juri</h1>{Paragraphs(book.Foreword)}</section>"""));
            foreach (var (entry, i) in book.Entries.Select((e, i) => (e, i)))
            {
                foreach (var picture in entry.Pictures) AddBytes(zip, "EPUB/images/" + picture.FileName, picture.Content);
                Add(zip, $"EPUB/{EntryFile(i)}", Page(entry.Title, "chapter", Chapter(entry)));
            }
            Add(zip, "EPUB/package.opf", Package(book));
        }
        return buffer.ToArray();
    }

    public static string EntryFile(int index) => $"entry-{index + 1:000}.xhtml";

    private static string TitlePage(Book book) =>
        $"""
        <section epub:type="titlepage" class="titlepage">
        <h1>{E(book.Title)}</h1>
        <p class="subtitle">{E(book.Subtitle)}</p>
        <p class="publisher">{E(book.Publisher)}</p>
        </section>
        <section epub:type="colophon" class="colophon" aria-label="Kolofon">
        <p>Tema: {E(book.Theme)}</p>
        <p>Buku ini dibagikan gratis kepada publik. Setiap naskah dimuat dengan persetujuan penulisnya di bawah lisensi yang tercantum pada naskah itu (umumnya {E(book.Licence)}).</p>
        <p>{E(BookFonts.Notice)}</p>
        <p>Pengenal: {E(book.Identifier)} · Diperbarui {book.Modified.ToString("d MMMM yyyy", Portal.PortalFormat.Indonesian)}</p>
        </section>
        """;

    private static string Chapter(BookEntry e)
    {
        var text = new StringBuilder();
        text.Append($"""<section epub:type="chapter" role="doc-chapter" aria-labelledby="t"><header><h1 id="t">{E(e.Title)}</h1>""");
        text.Append($"""<p class="byline">{E(e.Author)} · {E(e.Outlet)}{(e.Region.Length > 0 ? " · " + E(e.Region) : "")}</p>""");
        if (e.Rank is { } rank) text.Append($"""<p class="rank">Peringkat {rank}</p>""");
        text.Append("</header>");
        text.Append(e.Xhtml);
        foreach (var p in e.Pictures)
            text.Append($"""<figure><img src="images/{p.FileName}" alt="{E(p.Alt)}" width="{p.Width}" height="{p.Height}"/><figcaption>{E(p.Caption)} <span class="credit">(Foto: {E(p.Credit)})</span></figcaption></figure>""");
        text.Append($"""<p class="licence">© {E(e.Author)}. Lisensi: {E(e.Licence)}.</p></section>""");
        return text.ToString();
    }

    private static string Nav(Book book)
    {
        var items = new StringBuilder();
        if (book.Foreword is not null) items.Append("""<li><a href="foreword.xhtml">Catatan Dewan Juri</a></li>""");
        foreach (var (e, i) in book.Entries.Select((e, i) => (e, i)))
            items.Append($"""<li><a href="{EntryFile(i)}">{E(e.Title)} <span class="toc-author">— {E(e.Author)}, {E(e.Outlet)}</span></a></li>""");
        var first = book.Foreword is not null ? "foreword.xhtml" : book.Entries.Count > 0 ? EntryFile(0) : "title.xhtml";
        return Page("Daftar Isi", null,
            $"""
            <nav epub:type="toc" role="doc-toc" id="toc" aria-labelledby="toc-title"><h1 id="toc-title">Daftar Isi</h1><ol>{items}</ol></nav>
            <nav epub:type="landmarks" id="landmarks" hidden="hidden" aria-label="Penanda"><ol>
            <li><a epub:type="cover" href="cover.xhtml">Sampul</a></li>
            <li><a epub:type="titlepage" href="title.xhtml">Halaman judul</a></li>
            <li><a epub:type="toc" href="nav.xhtml">Daftar Isi</a></li>
            <li><a epub:type="bodymatter" href="{first}">Isi</a></li>
            </ol></nav>
            """);
    }

    private static string Package(Book book)
    {
        var manifest = new StringBuilder();
        var spine = new StringBuilder();
        void Item(string id, string href, string type, string? properties = null, bool inSpine = false)
        {
            manifest.Append($"""<item id="{id}" href="{href}" media-type="{type}"{(properties is null ? "" : $" properties=\"{properties}\"")}/>""").Append('\n');
            if (inSpine) spine.Append($"""<itemref idref="{id}"/>""").Append('\n');
        }
        Item("css", "css/book.css", "text/css");
        Item("font-serif", "fonts/" + BookFonts.Serif, "font/ttf");
        Item("font-serif-bold", "fonts/" + BookFonts.SerifBold, "font/ttf");
        Item("cover-image", "images/cover.png", "image/png", "cover-image");
        Item("cover", "cover.xhtml", "application/xhtml+xml", inSpine: true);
        Item("title", "title.xhtml", "application/xhtml+xml", inSpine: true);
        Item("nav", "nav.xhtml", "application/xhtml+xml", "nav", inSpine: true);
        if (book.Foreword is not null) Item("foreword", "foreword.xhtml", "application/xhtml+xml", inSpine: true);
        foreach (var (e, i) in book.Entries.Select((e, i) => (e, i)))
        {
            Item($"entry-{i + 1}", EntryFile(i), "application/xhtml+xml", inSpine: true);
            foreach (var (p, k) in e.Pictures.Select((p, k) => (p, k))) Item($"img-{i + 1}-{k + 1}", "images/" + p.FileName, p.ContentType);
        }
        var modified = book.Modified.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var authors = string.Concat(book.Entries.Select(e => e.Author).Distinct().Select(a => $"<dc:contributor>{E(a)}</dc:contributor>\n"));
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="id">
            <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:identifier id="pub-id">{book.Identifier}</dc:identifier>
            <dc:title>{E(book.Title)}</dc:title>
            <dc:language>id</dc:language>
            <dc:creator>{E(book.Publisher)}</dc:creator>
            {authors}<dc:publisher>{E(book.Publisher)}</dc:publisher>
            <dc:description>{E(book.Subtitle)}. {E(book.Theme)}</dc:description>
            <dc:rights>Dibagikan gratis. Setiap naskah di bawah lisensi yang tercantum padanya ({E(book.Licence)}).</dc:rights>
            <meta property="dcterms:modified">{modified}</meta>
            <meta property="schema:accessMode">textual</meta>
            <meta property="schema:accessMode">visual</meta>
            <meta property="schema:accessModeSufficient">textual</meta>
            <meta property="schema:accessibilityFeature">structuralNavigation</meta>
            <meta property="schema:accessibilityFeature">tableOfContents</meta>
            <meta property="schema:accessibilityFeature">readingOrder</meta>
            <meta property="schema:accessibilityFeature">alternativeText</meta>
            <meta property="schema:accessibilityFeature">displayTransformability</meta>
            <meta property="schema:accessibilityHazard">none</meta>
            <meta property="schema:accessibilitySummary">Teks dapat dibaca seluruhnya tanpa gambar: setiap foto punya teks alternatif dan keterangan, urutan baca mengikuti daftar isi, dan judul bertingkat menandai setiap naskah.</meta>
            <meta property="dcterms:conformsTo">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>
            <meta property="a11y:certifiedBy">{E(book.Publisher)}</meta>
            <meta name="cover" content="cover-image"/>
            </metadata>
            <manifest>
            {manifest}</manifest>
            <spine>
            {spine}</spine>
            </package>
            """;
    }

    private static string Page(string title, string? bodyType, string body) =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="id" lang="id">
        <head><meta charset="utf-8"/><title>{E(title)}</title><link rel="stylesheet" type="text/css" href="css/book.css"/></head>
        <body{(bodyType is null ? "" : $" epub:type=\"{(bodyType is "chapter" or "foreword" ? "bodymatter" : "frontmatter")}\"")}>
        {body}
        </body>
        </html>
        """;

    private static string Paragraphs(string text) =>
        string.Concat(text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => $"<p>{E(p)}</p>"));

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static void Add(ZipArchive zip, string name, string text, CompressionLevel level = CompressionLevel.Optimal) =>
        AddBytes(zip, name, new UTF8Encoding(false).GetBytes(text), level);

    private static void AddBytes(ZipArchive zip, string name, byte[] content, CompressionLevel level = CompressionLevel.Optimal)
    {
        var entry = zip.CreateEntry(name, level);
        using var stream = entry.Open();
        stream.Write(content);
    }

    private const string Css = """
        @font-face { font-family: "DejaVu Serif"; font-weight: normal; src: url("../fonts/DejaVuSerif.ttf"); }
        @font-face { font-family: "DejaVu Serif"; font-weight: bold; src: url("../fonts/DejaVuSerif-Bold.ttf"); }
        body { font-family: "DejaVu Serif", serif; line-height: 1.5; margin: 0 5%; hyphens: auto; -epub-hyphens: auto; }
        h1 { font-size: 1.5em; line-height: 1.2; margin: 1.5em 0 0.3em; }
        p { margin: 0; text-indent: 1.2em; orphans: 2; widows: 2; }
        header p, .titlepage p, .colophon p, blockquote p, figcaption, nav p { text-indent: 0; }
        .byline { font-style: italic; margin-bottom: 1.2em; }
        .rank { font-weight: bold; }
        .cover { text-align: center; }
        .cover img { max-width: 100%; max-height: 100vh; }
        .titlepage { text-align: center; margin-top: 20%; }
        .colophon { margin-top: 3em; font-size: 0.85em; }
        .colophon p { margin-bottom: 0.6em; }
        figure { margin: 1em 0; page-break-inside: avoid; }
        figure img { max-width: 100%; height: auto; }
        figcaption { font-size: 0.85em; margin-top: 0.3em; }
        .licence { margin-top: 1.5em; font-size: 0.85em; text-indent: 0; }
        nav ol { list-style: none; padding: 0; }
        nav li { margin: 0.5em 0; }
        .toc-author { font-style: italic; }
        """;
}
