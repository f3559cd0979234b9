using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Siberindo.Shared;

/// <summary>
/// Marks the link to the page being shown with <c>aria-current="page"</c> in every navigation list (a link inside a
/// <c>&lt;nav&gt;</c>), so screen readers announce where the reader is and the CSS can show it, without each page
/// having to say which of the shared menu's links is its own.
/// </summary>
[HtmlTargetElement("a", Attributes = "href")]
public sealed class CurrentLinkTagHelper : TagHelper
{
    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        // Only menus say "you are here"; a link to the same page in the text is just a link.
        if (!context.Items.ContainsKey(NavTagHelper.Marker) || output.Attributes.ContainsName("aria-current")) return;
        var request = ViewContext.HttpContext.Request;
        if (IsCurrent(output.Attributes["href"].Value?.ToString(), request.Path.Value ?? "/", request.QueryString.Value ?? ""))
            output.Attributes.SetAttribute("aria-current", "page");
    }

    /// <summary>
    /// True when <paramref name="href"/> (a site path, or a query on the current path) leads to this request: the
    /// same path, and the same query when the link names one (a pager's "?halaman=2" is not the first page).
    /// </summary>
    public static bool IsCurrent(string? href, string path, string query)
    {
        if (string.IsNullOrEmpty(href) || !(href.StartsWith('/') || href.StartsWith('?')) || href.StartsWith("//", StringComparison.Ordinal)) return false;
        var cut = href.IndexOfAny(['?', '#']);
        var linkPath = cut < 0 ? href : href[..cut];
        var linkQuery = cut >= 0 && href[cut] == '?' ? href[cut..].Split('#')[0] : "";
        if (linkPath.Length == 0) linkPath = path;
        return string.Equals(Trim(linkPath), Trim(path), StringComparison.OrdinalIgnoreCase)
            && (linkQuery.Length == 0 || string.Equals(linkQuery, query, StringComparison.Ordinal));
    }

    private static string Trim(string path) => path.Length > 1 ? path.TrimEnd('/') : path;
}

/// <summary>Tells the links inside a <c>&lt;nav&gt;</c> that they are menu links (tag helper items flow to children).</summary>
[HtmlTargetElement("nav")]
public sealed class NavTagHelper : TagHelper
{
    internal static readonly object Marker = new();

    public override void Init(TagHelperContext context) => context.Items[Marker] = true;
}
