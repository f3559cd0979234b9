using AngleSharp.Html.Parser;

namespace Siberindo.Tests.Infrastructure;

/// <summary>What a page's form shows in a field, read from the HTML: what a refused post must give back untyped.</summary>
public static class FormValues
{
    /// <summary>
    /// The value the visible field posted as <paramref name="name"/> shows: an input's value, a textarea's text, or a
    /// select's selected option (null when none is marked selected).
    /// </summary>
    public static string? Of(string html, string name)
    {
        var document = new HtmlParser().ParseDocument(html);
        var field = Assert.Single(document.QuerySelectorAll($"input[name='{name}']:not([type=hidden]), select[name='{name}'], textarea[name='{name}']"));
        return field.LocalName switch
        {
            "select" => field.QuerySelector("option[selected]")?.GetAttribute("value"),
            "textarea" => field.TextContent.TrimStart('\n'),
            _ => field.GetAttribute("type") is "checkbox" or "radio" ? (field.HasAttribute("checked") ? field.GetAttribute("value") : null) : field.GetAttribute("value"),
        };
    }
}
