using System.Text.Json;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Hosting;

/// <summary>
/// The OpenAPI document (<c>/openapi/v1.json</c>) says what the API answers: the handlers declare their results
/// (<c>Results&lt;Ok&lt;T&gt;, NotFound&gt;</c>), so each status code and body schema listed is one the handler can return.
/// </summary>
public sealed class OpenApiDocumentTests
{
    [Fact]
    public async Task The_document_lists_the_status_codes_and_body_schemas_each_api_endpoint_returns()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        using var http = app.Client();
        using var document = JsonDocument.Parse(await http.GetStringAsync("/openapi/v1.json"));
        var root = document.RootElement;

        var search = Get(root, "/api/v1/search");
        Assert.Equal(["200", "400", "429"], Codes(search));
        Assert.Equal(["items", "limit", "more", "page", "query", "terms", "total"], PropertyNames(root, search, "200"));
        Assert.Contains("detail", PropertyNames(root, search, "400", "application/problem+json"));

        var articles = Get(root, "/api/v1/articles");
        Assert.Equal(["200", "400"], Codes(articles));
        Assert.Equal(["items", "page", "total"], PropertyNames(root, articles, "200"));

        var province = Get(root, "/api/v1/regions/provinces/{key}");
        Assert.Equal(["200", "404"], Codes(province));
        Assert.Equal(["code", "name", "regencies", "slug"], PropertyNames(root, province, "200"));

        var regency = Get(root, "/api/v1/regions/regencies/{code}");
        Assert.Equal(["200", "404"], Codes(regency));
        Assert.All(["code", "name", "provinceCode"], name => Assert.Contains(name, PropertyNames(root, regency, "200")));

        var member = Get(root, "/api/v1/admin/members/{id}");
        Assert.Equal(["200", "404"], Codes(member));
        Assert.All(["id", "name", "verification", "membership"], name => Assert.Contains(name, PropertyNames(root, member, "200")));

        // A release is ninjs JSON written by hand (no CLR type to describe its body), but the 404 for an unknown or
        // embargoed id is listed beside its 200.
        Assert.Equal(["200", "404"], Codes(Get(root, "/api/v1/releases/{id}")));

        // The sign-out, the counted redirect, the private downloads and the WebSub callback are excluded from it.
        var paths = root.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.All(["/keluar", "/baca/{id}", "/admin/sertifikat/{id}.pdf", "/admin/hukum/{id}/dokumen/{document}",
            "/admin/mitra/kerja-sama/{id}/dokumen", "/websub/{id}"], path => Assert.DoesNotContain(path, paths));
    }

    private static JsonElement Get(JsonElement document, string path) =>
        document.GetProperty("paths").GetProperty(path).GetProperty("get");

    private static List<string> Codes(JsonElement operation) =>
        operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal).ToList();

    private static JsonElement Response(JsonElement operation, string code) => operation.GetProperty("responses").GetProperty(code);

    /// <summary>The property names of a response body's schema, following its reference into the components.</summary>
    private static List<string> PropertyNames(JsonElement document, JsonElement operation, string code, string mediaType = "application/json")
    {
        var schema = Response(operation, code).GetProperty("content").GetProperty(mediaType).GetProperty("schema");
        if (schema.TryGetProperty("$ref", out var reference))
        {
            // "#/components/schemas/SearchResponse"
            schema = document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
        }
        return schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
    }
}
