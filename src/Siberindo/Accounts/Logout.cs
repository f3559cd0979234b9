using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace Siberindo.Accounts;

public static class Logout
{
    /// <summary>POST only, with the antiforgery token of the form, so a link elsewhere cannot sign a user out.</summary>
    public static IEndpointRouteBuilder MapLogout(this IEndpointRouteBuilder app)
    {
        app.MapPost("/keluar", async (HttpContext http, IAntiforgery antiforgery, SignInManager<SiberindoUser> signIn) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest();
            await signIn.SignOutAsync();
            return Results.Redirect("/");
        }).ExcludeFromDescription().DisableAntiforgery();
        return app;
    }
}
