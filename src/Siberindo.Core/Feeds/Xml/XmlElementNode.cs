using System.Net;
using System.Text;

namespace Siberindo.Core.Feeds.Xml;

/// <summary>
/// A minimal element tree, built by <see cref="XmlTreeBuilder"/>. It exists (rather than XDocument) because it can
/// hold a document that broke off half-way: every element knows whether its end tag was read, so readers keep the
/// complete entries of a truncated feed and drop only the broken one.
/// </summary>
internal sealed class XmlElementNode(string localName, string namespaceUri, XmlElementNode? parent)
{
    private static readonly List<XmlElementNode> NoElements = [];

    public string LocalName { get; } = localName;
    public string NamespaceUri { get; } = namespaceUri;
    public XmlElementNode? Parent { get; } = parent;

    /// <summary>Attributes as (local name, namespace, value).</summary>
    public List<(string LocalName, string NamespaceUri, string Value)> Attributes { get; } = [];

    /// <summary>Child nodes in order: <see cref="XmlElementNode"/> or <see cref="string"/> (text and CDATA).</summary>
    public List<object> Children { get; } = [];

    /// <summary>The xml:base in effect for this element, resolved; null when no ancestor sets one.</summary>
    public Uri? XmlBase { get; set; }

    /// <summary>The element's language from xml:lang, if it sets one.</summary>
    public string? XmlLang { get; set; }

    /// <summary>True once the end tag was read (or the element was empty); false in a document that broke off.</summary>
    public bool IsComplete { get; set; }

    public bool Is(string localName, string namespaceUri) => LocalName == localName && NamespaceUri == namespaceUri;

    public IEnumerable<XmlElementNode> Elements()
    {
        foreach (var child in Children)
        {
            if (child is XmlElementNode e)
            {
                yield return e;
            }
        }
    }

    public XmlElementNode? Element(string localName, string namespaceUri)
    {
        foreach (var child in Children)
        {
            if (child is XmlElementNode e && e.LocalName == localName && e.NamespaceUri == namespaceUri)
            {
                return e;
            }
        }
        return null;
    }

    public IEnumerable<XmlElementNode> Elements(string localName, string namespaceUri)
    {
        foreach (var child in Children)
        {
            if (child is XmlElementNode e && e.LocalName == localName && e.NamespaceUri == namespaceUri)
            {
                yield return e;
            }
        }
    }

    public string? Attribute(string localName, string namespaceUri = "")
    {
        foreach (var a in Attributes)
        {
            if (a.LocalName == localName && a.NamespaceUri == namespaceUri)
            {
                return a.Value;
            }
        }
        return null;
    }

    /// <summary>The concatenated text of this element and its descendants.</summary>
    public string Text
    {
        get
        {
            if (Children.Count == 1 && Children[0] is string only)
            {
                return only;
            }
            var sb = new StringBuilder();
            AppendText(sb);
            return sb.ToString();
        }
    }

    public bool HasElementChildren
    {
        get
        {
            foreach (var child in Children)
            {
                if (child is XmlElementNode)
                {
                    return true;
                }
            }
            return false;
        }
    }

    private void AppendText(StringBuilder sb)
    {
        foreach (var child in Children)
        {
            if (child is string s)
            {
                sb.Append(s);
            }
            else
            {
                ((XmlElementNode)child).AppendText(sb);
            }
        }
    }

    /// <summary>
    /// The children written back as HTML markup: for Atom xhtml content and for RSS descriptions whose author
    /// forgot to escape the HTML, so it was parsed as elements.
    /// </summary>
    public string InnerHtml()
    {
        var sb = new StringBuilder();
        AppendInnerHtml(sb);
        return sb.ToString();
    }

    private void AppendInnerHtml(StringBuilder sb)
    {
        foreach (var child in Children)
        {
            if (child is string s)
            {
                sb.Append(WebUtility.HtmlEncode(s));
                continue;
            }
            var e = (XmlElementNode)child;
            sb.Append('<').Append(e.LocalName);
            foreach (var (name, _, value) in e.Attributes)
            {
                sb.Append(' ').Append(name).Append("=\"").Append(WebUtility.HtmlEncode(value)).Append('"');
            }
            if (e.Children.Count == 0 && IsVoidHtmlElement(e.LocalName))
            {
                sb.Append(" />");
                continue;
            }
            sb.Append('>');
            e.AppendInnerHtml(sb);
            sb.Append("</").Append(e.LocalName).Append('>');
        }
    }

    private static bool IsVoidHtmlElement(string name) =>
        name is "br" or "hr" or "img" or "input" or "meta" or "area" or "col" or "embed" or "param" or "source"
            or "track" or "wbr";
}
