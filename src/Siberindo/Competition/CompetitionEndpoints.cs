using Microsoft.EntityFrameworkCore;
using Siberindo.Partners;
using Siberindo.Storage;

namespace Siberindo.Competition;

/// <summary>Pictures of entries: to the judge assigned (blind, during judging) and to everyone once the results are out.</summary>
public static class CompetitionEndpoints
{
    public static IEndpointRouteBuilder MapCompetitionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/juri/naskah/{assignment:int}/foto/{image:int}", async (int assignment, int image, JudgingService judging, HttpContext http, CancellationToken ct) =>
            await judging.PictureAsync(assignment, image, ct) is { } picture ? Serve(http, picture) : Results.NotFound())
            .RequireAuthorization(p => p.RequireRole(CompetitionRoles.Judge));
        app.MapGet("/lomba/naskah/{entry:int}/foto/{image:int}", async (int entry, int image, SiberindoDb db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var picture = await db.Set<EntryImage>().AsNoTracking().Where(i => i.Id == image && i.EntryId == entry)
                .Where(i => db.Set<CompetitionEntry>().Any(e => e.Id == entry && e.Rank != null &&
                    db.Set<CompetitionRound>().Any(r => r.Id == e.RoundId && r.ResultsPublishedAt != null && r.ResultsPublishedAt <= now)))
                .SingleOrDefaultAsync(ct);
            return picture is null ? Results.NotFound() : Serve(http, picture);
        });
        return app;
    }

    private static IResult Serve(HttpContext http, EntryImage picture) =>
        Uploads.Serve(http, picture.Content, picture.ContentType, $"foto-{picture.Id}{(picture.ContentType == "image/png" ? ".png" : ".jpg")}");
}
