using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace Siberindo.Accounts;

public static class Logout
{
    /// <summary>POST only, with the antiforgery token of the form, so a link elsewhere cannot sign a user out.</summary>
    public static IEndpointRouteBuilder MapLogout(this IEndpointRouteBuilder app)
    {
        app.MapPost("/keluar", async Task<Results<RedirectHttpResult, BadRequest>> (HttpContext http, IAntiforgery antiforgery, SignInManager<SiberindoUser> signIn, UserManager<SiberindoUser> users) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http)) return TypedResults.BadRequest();
            // A new security stamp refuses every copy of this session's cookie, not only the one this browser deletes.
            // It ends the account's sessions on other devices too: a sign-out is also how one ends a session left open.
            if (await users.GetUserAsync(http.User) is { } user) await SessionStamp.EndAllAsync(users, user);
            await signIn.SignOutAsync();
            return TypedResults.Redirect("/");
        }).ExcludeFromDescription().DisableAntiforgery();
        return app;
    }
}
