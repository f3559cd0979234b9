using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Siberindo.Storage;

namespace Siberindo.Accounts;

/// <summary>
/// Ends a session server-side: every request with a sign-in cookie compares the stamp the cookie was issued with to
/// the account's current security stamp (one primary-key read), so a cookie saved before a sign-out, a password change
/// or a role change is refused at its next request, not at the end of a validation interval. Identity's own validator
/// still runs after it, to refresh the cookie's claims.
/// </summary>
public static class SessionStamp
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var claims = context.HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = principal?.FindFirstValue(claims.UserIdClaimType);
        var stamp = principal?.FindFirstValue(claims.SecurityStampClaimType);
        if (userId is not null)
        {
            var db = context.HttpContext.RequestServices.GetRequiredService<SiberindoDb>();
            var current = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleOrDefaultAsync();
            if (current is null || current != stamp)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }
        }
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    /// <summary>Ends every session of the account, this one included (the caller signs this one out or in again).</summary>
    public static Task<IdentityResult> EndAllAsync(UserManager<SiberindoUser> users, SiberindoUser user) => users.UpdateSecurityStampAsync(user);
}
