using System.Text;
using System.Xml;

namespace Siberindo.Core.Feeds.Subscriptions;

/// <summary>
/// OPML 2.0 subscription lists, as feed readers and aggregators exchange them: one <c>&lt;outline type="rss"&gt;</c>
/// per feed with <c>xmlUrl</c> (the feed) and <c>htmlUrl</c> (the site).
/// </summary>
public static class Opml
{
    public static string Write(string title, DateTimeOffset created, IEnumerable<OpmlOutline> outlines)
    {
        var text = new StringBuilder();
        using (var w = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            w.WriteStartDocument();
            w.WriteStartElement("opml");
            w.WriteAttributeString("version", "2.0");
            w.WriteStartElement("head");
            w.WriteElementString("title", title);
            w.WriteElementString("dateCreated", created.ToString("r"));
            w.WriteEndElement();
            w.WriteStartElement("body");
            foreach (var group in outlines.GroupBy(o => o.Category ?? ""))
            {
                if (group.Key.Length > 0)
                {
                    w.WriteStartElement("outline");
                    w.WriteAttributeString("text", group.Key);
                }
                foreach (var o in group)
                {
                    w.WriteStartElement("outline");
                    w.WriteAttributeString("type", "rss");
                    w.WriteAttributeString("text", o.Title);
                    w.WriteAttributeString("title", o.Title);
                    w.WriteAttributeString("xmlUrl", o.XmlUrl);
                    if (o.HtmlUrl is not null)
                    {
                        w.WriteAttributeString("htmlUrl", o.HtmlUrl);
                    }
                    w.WriteEndElement();
                }
                if (group.Key.Length > 0)
                {
                    w.WriteEndElement();
                }
            }
            w.WriteEndElement();
            w.WriteEndElement();
        }
        // XmlWriter over a StringBuilder declares utf-16; the file is written as UTF-8.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    /// <summary>
    /// Reads every feed outline of an OPML document. Never throws on input: malformed XML, a DTD (refused, never
    /// expanded) or an outline with a bad URL become errors with the line they are on.
    /// </summary>
    public static OpmlReadResult Read(Stream document)
    {
        var outlines = new List<OpmlOutline>();
        var errors = new List<OpmlError>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, MaxCharactersInDocument = 50_000_000 };
        var sawOpml = false;
        var categories = new Stack<string?>();
        try
        {
            using var reader = XmlReader.Create(document, settings);
            var lineInfo = (IXmlLineInfo)reader;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "outline")
                {
                    categories.TryPop(out _);
                    continue;
                }
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }
                if (reader.Depth == 0)
                {
                    if (reader.LocalName != "opml")
                    {
                        errors.Add(new OpmlError(lineInfo.LineNumber, $"the root element is <{reader.LocalName}>, not <opml>"));
                        break;
                    }
                    sawOpml = true;
                    continue;
                }
                if (reader.LocalName != "outline")
                {
                    continue;
                }
                int line = lineInfo.LineNumber;
                string? xmlUrl = reader.GetAttribute("xmlUrl") ?? reader.GetAttribute("xmlurl");
                string? text = Clean(reader.GetAttribute("title")) ?? Clean(reader.GetAttribute("text"));
                if (!reader.IsEmptyElement)
                {
                    categories.Push(xmlUrl is null ? text : null);
                }
                if (xmlUrl is null)
                {
                    continue;
                }
                string? htmlUrl = Clean(reader.GetAttribute("htmlUrl") ?? reader.GetAttribute("htmlurl"));
                if (!IsHttpUrl(xmlUrl.Trim()))
                {
                    errors.Add(new OpmlError(line, $"xmlUrl '{Shorten(xmlUrl)}' is not an absolute http(s) URL"));
                    continue;
                }
                if (htmlUrl is not null && !IsHttpUrl(htmlUrl))
                {
                    errors.Add(new OpmlError(line, $"htmlUrl '{Shorten(htmlUrl)}' is not an absolute http(s) URL"));
                    continue;
                }
                outlines.Add(new OpmlOutline(line, text ?? xmlUrl.Trim(), xmlUrl.Trim(), htmlUrl, categories.FirstOrDefault(c => c is not null)));
            }
        }
        catch (XmlException e)
        {
            errors.Add(new OpmlError(e.LineNumber, $"not well-formed XML: {e.Message}"));
        }
        if (!sawOpml && errors.Count == 0)
        {
            errors.Add(new OpmlError(1, "the document has no <opml> element"));
        }
        return new OpmlReadResult(outlines, errors);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static string Shorten(string value) => value.Length <= 80 ? value : value[..80] + "…";
}

/// <summary>One feed of an OPML list. <paramref name="Line"/> is 0 for outlines written, not read.</summary>
public sealed record OpmlOutline(int Line, string Title, string XmlUrl, string? HtmlUrl, string? Category = null);

public sealed record OpmlError(int Line, string Message);

public sealed record OpmlReadResult(IReadOnlyList<OpmlOutline> Outlines, IReadOnlyList<OpmlError> Errors);
