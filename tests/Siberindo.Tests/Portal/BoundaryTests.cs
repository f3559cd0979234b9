using System.Net;
using System.Text.Json;
using Siberindo.Accounts;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Portal;

/// <summary>Requests at the edges: dates no calendar page holds, pages past the end, operators' endpoints.</summary>
public sealed class BoundaryTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_date_at_the_end_of_the_calendar_is_a_400_problem_in_the_api_and_a_message_on_the_page(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var http = app.Client();

        foreach (var query in new[] { "from=0001-01-01", "to=9999-12-31" })
        {
            var api = await http.GetAsync($"/api/v1/search?q=banjir&{query}");
            Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
            Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
            Assert.Contains("date out of range", await api.Content.ReadAsStringAsync());
        }
        var page = await http.GetAsync("/cari?q=banjir&dari=0001-01-01");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("harus antara 1900-01-01 dan 9999-01-01", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_page_past_the_end_is_empty_in_the_api_and_not_found_on_the_portal(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var outlet = await Seed.OutletAsync(app, "Kabar Serang", "https://kabarserang.example", "36.04");
        await Seed.ArticlesAsync(app, outlet, ("s1", "Banjir rendam Serang", DateTime.UtcNow.AddMinutes(-5)));
        using var http = app.Client();

        using (var past = JsonDocument.Parse(await http.GetStringAsync("/api/v1/articles?page=3&limit=10")))
        {
            Assert.Equal(3, past.RootElement.GetProperty("page").GetInt32());
            Assert.Equal(0, past.RootElement.GetProperty("items").GetArrayLength());
            Assert.Equal(1, past.RootElement.GetProperty("total").GetInt32());
        }
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/api/v1/articles?page=0")).StatusCode);
        using (var search = JsonDocument.Parse(await http.GetStringAsync("/api/v1/search?q=banjir&page=500")))
        {
            Assert.Equal(500, search.RootElement.GetProperty("page").GetInt32());
            Assert.Equal(0, search.RootElement.GetProperty("items").GetArrayLength());
        }
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/api/v1/search?q=banjir&page=-1")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/provinsi/banten")).StatusCode);
        foreach (var path in new[] { "/provinsi/banten?halaman=2", "/provinsi/banten?halaman=0", $"/media/{outlet.Slug}?halaman=9", "/cari?q=banjir&halaman=2" })
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(path)).StatusCode);
    }

    [SkippableFact]
    public async Task Metrics_and_the_openapi_document_answer_only_operators()
    {
        await using var app = await TestApp.StartAsync("Sqlite", "--Observability:Token=rahasia-operator");
        using var local = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await local.GetAsync("/metrics")).StatusCode);

        // A reader behind the proxy (forwarded from loopback, which is trusted) is not local.
        using var reader = app.Client();
        reader.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/openapi/v1.json")).StatusCode);

        using var prometheus = app.Client();
        prometheus.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.8");
        prometheus.DefaultRequestHeaders.Add("Authorization", "Bearer rahasia-operator");
        Assert.Equal(HttpStatusCode.OK, (await prometheus.GetAsync("/metrics")).StatusCode);

        using var admin = await Users.SignedInAsync(app, "pusat@smsi.example", Roles.Admin);
        admin.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/openapi/v1.json")).StatusCode);
    }
}
