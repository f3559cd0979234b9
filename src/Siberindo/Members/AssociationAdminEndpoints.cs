using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Outlets;
using Siberindo.Statistics;
using Siberindo.Storage;

namespace Siberindo.Members;

/// <summary>Downloads and the members API for signed-in staff, each answering only inside the user's area.</summary>
public static class AssociationAdminEndpoints
{
    public sealed record MemberSummary(int Id, string Name, string Website, string? ProvinceCode, string? RegencyCode, string Membership, string Verification,
        DateOnly? VerifiedOn, string? CertificateNumber, DateOnly? CertificateExpiresOn);

    public static IEndpointRouteBuilder MapAssociationAdmin(this IEndpointRouteBuilder app)
    {
        app.MapGet("/admin/anggota/ekspor.{format:regex(^(csv|xlsx)$)}", async (string format, AccessScope scope, MemberTransfer transfer, CancellationToken ct) =>
        {
            scope.Demand(scope.Level >= ScopeLevel.Outlet);
            return StatisticsEndpoints.File(await transfer.ExportAsync(ct), format);
        }).RequireAuthorization(Roles.Staff).ExcludeFromDescription();

        var api = app.MapGroup("/api/v1/admin/members").RequireAuthorization(Roles.Staff).WithTags("Admin");
        api.MapGet("/", async (AccessScope scope, SiberindoDb db, string? q, CancellationToken ct) =>
        {
            var outlets = scope.Outlets(db.Outlets).AsNoTracking();
            if (!string.IsNullOrWhiteSpace(q)) outlets = outlets.Where(o => o.Name.Contains(q) || o.Domain.Contains(q));
            return await Summaries(outlets.OrderBy(o => o.Name).Take(1000), db, ct);
        });
        api.MapGet("/{id:int}", async Task<Results<Ok<MemberSummary>, NotFound>> (int id, AccessScope scope, SiberindoDb db, CancellationToken ct) =>
            (await Summaries(scope.Outlets(db.Outlets).AsNoTracking().Where(o => o.Id == id), db, ct)).SingleOrDefault() is { } m
                ? TypedResults.Ok(m) : TypedResults.NotFound());
        return app;
    }

    private static async Task<List<MemberSummary>> Summaries(IQueryable<Outlet> outlets, SiberindoDb db, CancellationToken ct) =>
        (await outlets.GroupJoin(db.Set<MemberRecord>(), o => o.Id, m => m.OutletId, (o, m) => new { o, m })
            .SelectMany(x => x.m.DefaultIfEmpty(), (x, m) => new { x.o, m })
            .ToListAsync(ct))
        .Select(x => new MemberSummary(x.o.Id, x.o.Name, x.o.Website, x.o.ProvinceCode, x.o.RegencyCode,
            x.m is null ? "—" : MemberLabels.Of(x.m.Status), VerificationLabels.Of(x.o.Verification), x.o.VerifiedOn, x.m?.CertificateNumber, x.m?.CertificateExpiresOn))
        .ToList();
}
