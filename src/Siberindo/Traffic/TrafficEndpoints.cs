using Microsoft.AspNetCore.Http.HttpResults;
using Siberindo.Accounts;
using Siberindo.Statistics;

namespace Siberindo.Traffic;

/// <summary>
/// The traffic dashboard (Admin/Traffic/OutletReaders.cshtml at /admin/media/{id}/pembaca) and its charts and CSV beside
/// it. Each answers only users whose area holds the outlet, 404 for everyone else; none is cached or compressed, as
/// every admin answer.
/// </summary>
public static class TrafficEndpoints
{
    public static string PagePath(int outletId) => $"/admin/media/{outletId}/pembaca";

    public static IServiceCollection AddTraffic(this IServiceCollection services) => services.AddScoped<TrafficReport>();

    public static IEndpointRouteBuilder MapTraffic(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin/media/{id:int}").RequireAuthorization(Roles.Staff).ExcludeFromDescription();
        group.MapGet("/pembaca.svg", (int id, string? dari, string? sampai, TrafficReport report, HttpContext http, CancellationToken ct) =>
            ForOutletAsync(id, dari, sampai, report, http, async (outlet, range) =>
                TypedResults.Text(Charts.Svg(TrafficChart.PerDay(await report.PerDayAsync(outlet.Id, range, ct)), TrafficChart.Width, TrafficChart.DayHeight),
                    "image/svg+xml; charset=utf-8"), ct));
        group.MapGet("/pembaca-artikel.svg", (int id, string? dari, string? sampai, TrafficReport report, HttpContext http, CancellationToken ct) =>
            ForOutletAsync(id, dari, sampai, report, http, async (outlet, range) =>
            {
                var articles = await report.PerArticleAsync(outlet.Id, range, TrafficChart.TopArticles, ct);
                return TypedResults.Text(Charts.Svg(TrafficChart.PerArticle(articles), TrafficChart.Width, TrafficChart.ArticlesHeight(articles.Count)),
                    "image/svg+xml; charset=utf-8");
            }, ct));
        group.MapGet("/pembaca.csv", (int id, string? dari, string? sampai, TrafficReport report, HttpContext http, CancellationToken ct) =>
            ForOutletAsync(id, dari, sampai, report, http, async (outlet, range) =>
                TypedResults.File(TrafficCsv.Write(await report.PerArticleDayAsync(outlet.Id, range, ct)), "text/csv; charset=utf-8",
                    TrafficCsv.FileName(outlet.Slug, range)), ct));
        return app;
    }

    /// <summary>The outlet if the user's area holds it (else 404) and the asked range (an unreadable one: 400).</summary>
    private static async Task<Results<TAnswer, NotFound, ProblemHttpResult>> ForOutletAsync<TAnswer>(int id, string? from, string? to, TrafficReport report, HttpContext http,
        Func<Outlets.Outlet, TrafficRange, Task<TAnswer>> answer, CancellationToken ct) where TAnswer : IResult
    {
        if (await report.OutletAsync(id, ct) is not { } outlet) return TypedResults.NotFound();
        var (range, error) = TrafficRange.Parse(from, to, report.Today);
        if (error is not null) return TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest);
        // One member's figures: kept by no shared cache, and by the browser only for this user.
        http.Response.Headers.CacheControl = "private, no-store";
        return await answer(outlet, range);
    }
}
