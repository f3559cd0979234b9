using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Siberindo.Storage;

namespace Siberindo.Accounts;

public static class AccountsExtensions
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies(cookies =>
            cookies.ApplicationCookie?.Configure(o =>
            {
                o.LoginPath = "/masuk";
                o.LogoutPath = "/keluar";
                o.AccessDeniedPath = "/masuk";
                o.Cookie.Name = "siberindo.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                // The API answers 401/403 instead of sending a program to the sign-in page.
                o.Events.OnRedirectToLogin = c => ApiOr(c, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = c => ApiOr(c, StatusCodes.Status403Forbidden);
                // Every request checks the account's security stamp: signing out ends the session on the server too.
                o.Events.OnValidatePrincipal = SessionStamp.ValidateAsync;
            }));
        services.AddIdentityCore<SiberindoUser>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.User.RequireUniqueEmail = true;
                // Wrong passwords never lock an account (anyone could lock anyone's): SignInThrottle slows them down.
                // Lockout applies to wrong two-step codes only, which need the password first.
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<SiberindoDb>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<ScopeClaimsFactory>()
            .AddDefaultTokenProviders();
        // A changed stamp ends sessions at once (SessionStamp); Identity's validator refreshes a cookie's claims (role,
        // area) every minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Roles.Staff, p => p.RequireRole(Roles.All))
            .AddBoardAdminPolicy();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, BoardAdminPolicy.HiddenFromOtherStaff>();
        services.AddHttpContextAccessor();
        // A request sees its user's area; work outside a request (CLI commands, background services) is the system's.
        services.AddScoped(sp => sp.GetRequiredService<IHttpContextAccessor>().HttpContext is { } http
            ? AccessScope.FromPrincipal(http.User)
            : AccessScope.System);
        services.AddScoped<AdminAccounts>();
        services.AddOptions<SignInThrottleOptions>().BindConfiguration("Accounts:SignIn");
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<DeviceCookie>();
        return services;
    }

    private static Task ApiOr(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api")) context.Response.StatusCode = status;
        else context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
