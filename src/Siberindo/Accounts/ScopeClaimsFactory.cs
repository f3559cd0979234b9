using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Siberindo.Accounts;

/// <summary>Puts the user's area into the sign-in cookie, so every request knows its scope without a query.</summary>
public sealed class ScopeClaimsFactory(UserManager<SiberindoUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<SiberindoUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(SiberindoUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.ScopeProvinceCode is { } p) identity.AddClaim(new Claim(AccessScope.ProvinceClaim, p));
        if (user.ScopeRegencyCode is { } r) identity.AddClaim(new Claim(AccessScope.RegencyClaim, r));
        if (user.ScopeOutletId is { } o) identity.AddClaim(new Claim(AccessScope.OutletClaim, o.ToString()));
        if (user.ScopePartnerId is { } partner) identity.AddClaim(new Claim(AccessScope.PartnerClaim, partner.ToString()));
        return identity;
    }
}

public static class AccessScopeMiddleware
{
    /// <summary>A change outside the user's area ends as 404 Not Found, the same answer as for something that does not exist.</summary>
    public static IApplicationBuilder UseAccessScope(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try { await next(); }
            catch (OutOfScopeException) when (!context.Response.HasStarted)
            {
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status404NotFound;
            }
        });
}
