using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Siberindo.Storage;

namespace Siberindo.Portal;

/// <summary>
/// /baca/{id}: counts the click and sends the reader to the member's own page. Only URLs stored for an article are
/// ever redirected to, so the endpoint cannot be used as an open redirect.
/// </summary>
public static class ReadRedirect
{
    public static IEndpointRouteBuilder MapReadRedirect(this IEndpointRouteBuilder app)
    {
        app.MapGet("/baca/{id:long}", async Task<Results<RedirectHttpResult, NotFound>> (long id, SiberindoDb db, ClickCounter clicks, CancellationToken ct) =>
            {
                var url = await db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => a.Url).SingleOrDefaultAsync(ct);
                if (url is null) return TypedResults.NotFound();
                clicks.Count(id);
                return TypedResults.Redirect(url, permanent: false);
            })
            .ExcludeFromDescription();
        return app;
    }
}
