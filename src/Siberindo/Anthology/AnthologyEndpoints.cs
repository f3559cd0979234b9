using Microsoft.AspNetCore.Http.HttpResults;

namespace Siberindo.Anthology;

/// <summary>The free downloads: /lomba/{round}/antologi.epub and .pdf, each counted.</summary>
public static class AnthologyEndpoints
{
    public static IEndpointRouteBuilder MapAnthology(this IEndpointRouteBuilder app)
    {
        var books = app.MapGroup("/lomba/{round:int}").WithTags("Anthology");
        books.MapGet("/antologi.epub", (int round, AnthologyService service, HttpContext http, CancellationToken ct) => DownloadAsync(round, epub: true, service, http, ct))
            .Produces(StatusCodes.Status200OK, contentType: "application/epub+zip");
        books.MapGet("/antologi.pdf", (int round, AnthologyService service, HttpContext http, CancellationToken ct) => DownloadAsync(round, epub: false, service, http, ct))
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(int round, bool epub, AnthologyService service, HttpContext http, CancellationToken ct)
    {
        var bytes = await service.DownloadAsync(round, epub, ct);
        if (bytes is null) return TypedResults.NotFound();
        http.Response.Headers.XContentTypeOptions = "nosniff";
        // Not cached by the browser or nginx: every download passes here and is counted.
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(bytes, epub ? "application/epub+zip" : "application/pdf", $"antologi-lomba-{round}{(epub ? ".epub" : ".pdf")}");
    }
}
