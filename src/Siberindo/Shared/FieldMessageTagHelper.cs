using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Siberindo.Shared;

/// <summary>
/// <c>&lt;field-error for="Name" /&gt;</c>: the refused form's messages about that field (<see cref="FormErrors"/>),
/// written next to it with the id its <c>asp-for</c> input points to (<see cref="FieldErrorTagHelper"/>), so the
/// reason is seen where the field is and read out when the field is reached. Nothing is written for a valid field.
/// </summary>
[HtmlTargetElement("field-error", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldMessageTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var messages = FormErrors.Of(ViewContext.ViewData).Where(e => e.Field == name).Select(e => e.Message).ToList();
        if (messages.Count == 0)
        {
            output.SuppressOutput();
            return;
        }
        output.TagName = "p";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("id", FormErrors.MessageId(name));
        output.Attributes.SetAttribute("class", "error field-error");
        output.Content.SetContent(string.Join(" ", messages));
    }
}
