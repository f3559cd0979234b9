using System.Xml;

namespace Siberindo.Core.Feeds.Xml;

/// <summary>
/// Reads recovered XML into an <see cref="XmlElementNode"/> tree with a strict but safe reader: no DTD processing,
/// no resolver (nothing outside the document is ever read), bounded depth. When the reader gives up part-way the tree
/// built so far is returned with the failure, so readers can keep what was complete.
/// </summary>
internal static class XmlTreeBuilder
{
    /// <summary>Deeper elements are dropped: no feed needs them, and they would only feed recursion.</summary>
    public const int MaxDepth = 64;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        CheckCharacters = false,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        ConformanceLevel = ConformanceLevel.Document,
    };

    public readonly record struct Result(XmlElementNode? Root, XmlException? Failure, bool BrokeOffAtEnd);

    public static Result Build(string xml, IEnumerable<string> prefixesUsed, ProblemLog problems)
    {
        var nameTable = new NameTable();
        var namespaces = new XmlNamespaceManager(nameTable);
        foreach (var prefix in prefixesUsed)
        {
            if (FeedNamespaces.WellKnownPrefixes.TryGetValue(prefix, out var known))
            {
                namespaces.AddNamespace(prefix, known);
            }
            else
            {
                namespaces.AddNamespace(prefix, FeedNamespaces.Undeclared(prefix));
            }
            if (!xml.Contains("xmlns:" + prefix, StringComparison.Ordinal))
            {
                problems.Add($"namespace prefix '{prefix}' used without declaration");
            }
        }
        var context = new XmlParserContext(nameTable, namespaces, null, XmlSpace.None);

        XmlElementNode? root = null;
        XmlElementNode? current = null;
        int ignoredDepth = 0;
        int depth = 0;
        using var stringReader = new StringReader(xml);
        using var reader = XmlReader.Create(stringReader, Settings, context);
        try
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        bool empty = reader.IsEmptyElement;
                        if (ignoredDepth > 0 || depth >= MaxDepth)
                        {
                            if (!empty)
                            {
                                ignoredDepth++;
                            }
                            continue;
                        }
                        var element = new XmlElementNode(reader.LocalName, reader.NamespaceURI, current);
                        ReadAttributes(reader, element, current);
                        if (current is null)
                        {
                            root ??= element;
                        }
                        else
                        {
                            current.Children.Add(element);
                        }
                        if (empty)
                        {
                            element.IsComplete = true;
                        }
                        else
                        {
                            current = element;
                            depth++;
                        }
                        break;
                    case XmlNodeType.EndElement:
                        if (ignoredDepth > 0)
                        {
                            ignoredDepth--;
                            continue;
                        }
                        if (current is not null)
                        {
                            current.IsComplete = true;
                            current = current.Parent;
                            depth--;
                        }
                        break;
                    case XmlNodeType.Text:
                    case XmlNodeType.CDATA:
                    case XmlNodeType.Whitespace:
                    case XmlNodeType.SignificantWhitespace:
                        if (ignoredDepth == 0 && current is not null)
                        {
                            AppendText(current, reader.Value);
                        }
                        break;
                }
            }
            return new Result(root, null, false);
        }
        catch (XmlException ex)
        {
            return new Result(root, ex, IsAtEnd(xml, ex));
        }
    }

    private static void AppendText(XmlElementNode element, string text)
    {
        // Adjacent text and CDATA pieces are merged so that "Text" is usually a single string, no copy needed.
        int last = element.Children.Count - 1;
        if (last >= 0 && element.Children[last] is string previous)
        {
            element.Children[last] = previous + text;
        }
        else
        {
            element.Children.Add(text);
        }
    }

    private static void ReadAttributes(XmlReader reader, XmlElementNode element, XmlElementNode? parent)
    {
        element.XmlBase = parent?.XmlBase;
        if (!reader.MoveToFirstAttribute())
        {
            return;
        }
        do
        {
            string ns = reader.NamespaceURI;
            if (ns == "http://www.w3.org/2000/xmlns/")
            {
                continue;
            }
            string name = reader.LocalName;
            string value = reader.Value;
            if (ns == FeedNamespaces.Xml)
            {
                if (name == "base")
                {
                    element.XmlBase = UrlResolver.ResolveBase(value, parent?.XmlBase);
                }
                else if (name == "lang")
                {
                    element.XmlLang = value;
                }
                continue;
            }
            element.Attributes.Add((name, ns, value));
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
    }

    /// <summary>True when the reader failed because the input ran out, not because of bad markup in the middle.</summary>
    private static bool IsAtEnd(string xml, XmlException ex)
    {
        int line = 1;
        int index = 0;
        while (line < ex.LineNumber)
        {
            int nl = xml.IndexOf('\n', index);
            if (nl < 0)
            {
                break;
            }
            index = nl + 1;
            line++;
        }
        int offset = index + Math.Max(0, ex.LinePosition - 1);
        return offset >= xml.AsSpan().TrimEnd().Length - 1;
    }
}
