using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Siberindo.Shared;

/// <summary>
/// Lets wide content scroll sideways on a phone without losing its meaning. A data table (<c>class="table …"</c>) is
/// wrapped in a scrolling box instead of being made a block itself, which would hide it from screen readers as a
/// table; a <c>div</c> with <c>scroll-label</c> (a wide chart) becomes such a box. The box can take keyboard focus, so
/// it can be scrolled without a mouse (WCAG 2.1.1), and carries a name for when it has focus.
/// </summary>
[HtmlTargetElement("table", Attributes = "[class^=table]")]
[HtmlTargetElement("div", Attributes = LabelAttribute)]
public sealed class ScrollRegionTagHelper : TagHelper
{
    private const string LabelAttribute = "scroll-label";
    private const string DefaultLabel = "Tabel, dapat digeser ke samping";

    /// <summary>What the box is called when it has focus; tables default to a plain "table" name.</summary>
    [HtmlAttributeName(LabelAttribute)]
    public string? Label { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var label = System.Net.WebUtility.HtmlEncode(Label ?? DefaultLabel);
        if (output.TagName == "div")
        {
            output.AddClass("scroll-region", System.Text.Encodings.Web.HtmlEncoder.Default);
            output.Attributes.SetAttribute("role", "group");
            output.Attributes.SetAttribute("tabindex", "0");
            output.Attributes.SetAttribute("aria-label", Label);
            return;
        }
        output.PreElement.AppendHtml($"<div class=\"scroll-region\" role=\"group\" tabindex=\"0\" aria-label=\"{label}\">");
        output.PostElement.AppendHtml("</div>");
    }
}
