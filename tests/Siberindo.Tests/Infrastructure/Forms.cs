using System.Net;
using System.Text.RegularExpressions;

namespace Siberindo.Tests.Infrastructure;

/// <summary>Posts forms the way a browser does: with the antiforgery token the page rendered.</summary>
public static partial class Forms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient http, string pageUrl, Dictionary<string, string> fields, string? actionUrl = null)
    {
        var page = await http.GetStringAsync(pageUrl);
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, $"no antiforgery token on {pageUrl}");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await http.PostAsync(actionUrl ?? pageUrl, new FormUrlEncodedContent(fields));
    }

    public static async Task SignInAsync(HttpClient http, string email, string password)
    {
        var response = await PostAsync(http, "/masuk", new() { ["Email"] = email, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
