using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Siberindo.Shared;

/// <summary>
/// A field named by one of the refused form's errors (<see cref="FormErrors"/>) is marked <c>aria-invalid="true"</c>
/// and described by its message, so a screen reader says what is wrong on reaching the field: a field bound with
/// <c>asp-for</c> by the message written next to it (<c>&lt;field-error for&gt;</c>, <see cref="FieldMessageTagHelper"/>),
/// a hand-named one by the summary's item.
/// </summary>
[HtmlTargetElement("input", Attributes = "name", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("select", Attributes = "name")]
[HtmlTargetElement("textarea", Attributes = "name")]
[HtmlTargetElement("input", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class FieldErrorTagHelper : TagHelper
{
    // After the framework's input, select and textarea helpers (order -1000), which write an asp-for field's name and id.
    public override int Order => 0;

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = FormErrors.Of(ViewContext.ViewData);
        if (errors.Count == 0 || output.Attributes["name"].Value?.ToString() is not { } name) return;
        // A hidden copy of a disabled field (same name) is not what the reader reaches, and must not take its id.
        if (string.Equals(output.Attributes["type"]?.Value?.ToString(), "hidden", StringComparison.OrdinalIgnoreCase)) return;
        var items = errors.Select((e, i) => (e.Field, Id: FormErrors.ItemId(i))).Where(e => e.Field == name).Select(e => e.Id).ToList();
        if (items.Count == 0) return;
        if (context.AllAttributes.ContainsName("asp-for")) items = [FormErrors.MessageId(name)];
        output.Attributes.SetAttribute("aria-invalid", "true");
        var describedBy = output.Attributes["aria-describedby"]?.Value?.ToString();
        output.Attributes.SetAttribute("aria-describedby", string.Join(' ', items.Prepend(describedBy).OfType<string>().Where(s => s.Length > 0)));
        if (!output.Attributes.ContainsName("id")) output.Attributes.SetAttribute("id", FormErrors.FieldId(name));
    }
}
