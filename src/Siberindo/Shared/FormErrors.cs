using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Siberindo.Shared;

/// <summary>One reason a form was refused, with the field (its posted name) it is about when it is about one.</summary>
public sealed record FormError(string Message, string? Field = null);

/// <summary>
/// Ties a refused form's errors to its fields for assistive technology: the page hands them to <see cref="Show"/>,
/// the summary (<c>Admin/_Errors.cshtml</c>) links each one to its field, and <see cref="FieldErrorTagHelper"/> marks
/// that field <c>aria-invalid</c> and described by its message: the one written next to it
/// (<see cref="FieldMessageTagHelper"/>) for a field bound with <c>asp-for</c>, else the summary's item. Pages whose
/// errors name no field still get the focused summary.
/// </summary>
public static class FormErrors
{
    public const string SummaryId = "form-errors";
    private const string Key = "Siberindo.FormErrors";
    /// <summary>The view data entry that replaces the summary's opening line, for a form that is sent, not saved.</summary>
    public const string TitleKey = "Siberindo.FormErrors.Title";

    /// <summary>Keeps the errors for the fields of this view; returns their messages for the summary, in order.</summary>
    /// <param name="prefix">What the form's field names start with ("Form." for a bound <c>Form</c> property).</param>
    public static IReadOnlyList<string> Show(ViewDataDictionary viewData, IEnumerable<FormError> errors, string prefix = "")
    {
        var list = errors.Select(e => e.Field is null ? e : e with { Field = prefix + e.Field }).ToList();
        viewData[Key] = list;
        return list.Select(e => e.Message).ToList();
    }

    /// <summary>
    /// The errors with those a service named <paramref name="from"/> moved to the form's field <paramref name="to"/>
    /// (where the form asks for it under another name), or to none (where the page does not draw that field: the
    /// summary says it, with no link to a field that is not there).
    /// </summary>
    public static IEnumerable<FormError> Renamed(this IEnumerable<FormError> errors, string from, string? to) =>
        errors.Select(e => e.Field == from ? e with { Field = to } : e);

    /// <summary>The errors kept for this view, empty when none name a field.</summary>
    public static IReadOnlyList<FormError> Of(ViewDataDictionary viewData) => viewData[Key] as IReadOnlyList<FormError> ?? [];

    /// <summary>The id of the summary's item for error number <paramref name="index"/>.</summary>
    public static string ItemId(int index) => $"form-error-{index}";

    /// <summary>
    /// The id of the field posted as <paramref name="name"/>: the one <c>asp-for</c> gives it ("Form.Name" ->
    /// "Form_Name"), and the one a hand-named field gets when it has none, so the summary links to either.
    /// </summary>
    public static string FieldId(string name) => TagBuilder.CreateSanitizedId(name, "_");

    /// <summary>The id of the message written next to the field posted as <paramref name="name"/>.</summary>
    public static string MessageId(string name) => FieldId(name) + "-error";
}
