using AngleSharp.Html.Parser;

namespace Siberindo.Tests.Infrastructure;

/// <summary>What a refused form's page tells assistive technology about one of its fields, read from the HTML.</summary>
public static class FieldErrors
{
    /// <summary>
    /// Asserts that the field posted as <paramref name="name"/> is marked invalid, is described by an element that says
    /// <paramref name="message"/> outside the summary (next to the field), and that the error summary links to the field; returns the describing element's text.
    /// </summary>
    public static string AssertTied(string html, string name, string message)
    {
        var document = new HtmlParser().ParseDocument(html);
        var fields = document.QuerySelectorAll($"input[name='{name}']:not([type=hidden]), select[name='{name}'], textarea[name='{name}']");
        var field = Assert.Single(fields);
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        var describedBy = field.GetAttribute("aria-describedby");
        Assert.False(string.IsNullOrEmpty(describedBy), $"{name} has no aria-describedby");
        var described = describedBy.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(id => document.GetElementById(id) ?? throw new Xunit.Sdk.XunitException($"{name} points to missing #{id}")).ToList();
        // The message is written next to the field, not only in the summary at the top of the page.
        Assert.All(described, e => Assert.Null(e.Closest("#form-errors")));
        var text = string.Join(" ", described.Select(e => e.TextContent));
        Assert.Contains(message, text);
        var id = field.GetAttribute("id");
        Assert.False(string.IsNullOrEmpty(id), $"{name} has no id to link to");
        Assert.Contains(document.QuerySelectorAll("#form-errors a"), a => a.GetAttribute("href") == "#" + id && a.TextContent.Contains(message));
        return text;
    }

    /// <summary>
    /// Asserts that the summary says <paramref name="message"/> and that none of its links points to an element the page
    /// does not have (a refusal of a field the form does not draw is said in the summary alone).
    /// </summary>
    public static void AssertSummarised(string html, string message)
    {
        var document = new HtmlParser().ParseDocument(html);
        var summary = document.GetElementById("form-errors") ?? throw new Xunit.Sdk.XunitException("the page has no error summary");
        Assert.Contains(message, summary.TextContent);
        Assert.All(summary.QuerySelectorAll("a[href^='#']"), a => Assert.NotNull(document.GetElementById(a.GetAttribute("href")![1..])));
    }

    /// <summary>The fields posted under <paramref name="prefix"/> that are marked invalid, by name.</summary>
    public static IReadOnlyList<string> Invalid(string html, string prefix = "") =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll("[aria-invalid=true]")
            .Select(e => e.GetAttribute("name") ?? "").Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).ToList();
}
