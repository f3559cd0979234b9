using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Siberindo.Partners;
using Siberindo.Storage;

namespace Siberindo.Competition;

/// <summary>Pictures of entries: to the judge assigned (blind, during judging) and to everyone once the results are out.</summary>
public static class CompetitionEndpoints
{
    public static IEndpointRouteBuilder MapCompetitionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/juri/naskah/{assignment:int}/foto/{image:int}", async Task<Results<FileContentHttpResult, NotFound>> (int assignment, int image, JudgingService judging, HttpContext http, CancellationToken ct) =>
            await judging.PictureAsync(assignment, image, ct) is { } picture ? Serve(http, picture) : TypedResults.NotFound())
            .Produces(StatusCodes.Status200OK, responseType: null, "image/jpeg", "image/png")
            .RequireAuthorization(p => p.RequireRole(CompetitionRoles.Judge));
        app.MapGet("/lomba/naskah/{entry:int}/foto/{image:int}", async Task<Results<FileContentHttpResult, NotFound>> (int entry, int image, SiberindoDb db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var picture = await db.Set<EntryImage>().AsNoTracking().Where(i => i.Id == image && i.EntryId == entry)
                .Where(i => db.Set<CompetitionEntry>().Any(e => e.Id == entry && e.Rank != null &&
                    db.Set<CompetitionRound>().Any(r => r.Id == e.RoundId && r.ResultsPublishedAt != null && r.ResultsPublishedAt <= now)))
                .SingleOrDefaultAsync(ct);
            return picture is null ? TypedResults.NotFound() : Serve(http, picture);
        }).Produces(StatusCodes.Status200OK, responseType: null, "image/jpeg", "image/png");
        return app;
    }

    private static FileContentHttpResult Serve(HttpContext http, EntryImage picture) =>
        Uploads.Serve(http, picture.Content, picture.ContentType, $"foto-{picture.Id}{(picture.ContentType == "image/png" ? ".png" : ".jpg")}");
}
