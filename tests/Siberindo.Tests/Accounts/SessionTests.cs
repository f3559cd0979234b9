using System.Net;
using Siberindo.Accounts;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Accounts;

/// <summary>A session ends on the server: a saved copy of its cookie is refused after sign-out or a password change.</summary>
public sealed class SessionTests
{
    private const string Email = "pusat@smsi.example";

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_cookie_saved_before_sign_out_no_longer_opens_the_admin(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var cookies = new CookieContainer();
        using var browser = app.Client(cookies: cookies);
        await Users.CreateAsync(app, Email, Roles.Admin);
        await Forms.SignInAsync(browser, Email, Users.Password);
        using var saved = CopyOf(app, cookies);
        Assert.Equal(HttpStatusCode.OK, (await saved.GetAsync("/admin")).StatusCode);

        var signedOut = await Forms.PostAsync(browser, "/admin", [], actionUrl: "/keluar");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        var replayed = await saved.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/masuk", replayed.Headers.Location!.PathAndQuery);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_password_change_ends_the_other_sessions_and_keeps_this_one(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await Users.CreateAsync(app, Email, Roles.Admin);
        using var laptop = app.Client();
        await Forms.SignInAsync(laptop, Email, Users.Password);
        using var phone = app.Client();
        await Forms.SignInAsync(phone, Email, Users.Password);

        var changed = await Forms.PostAsync(laptop, "/admin/akun", new() { ["CurrentPassword"] = Users.Password, ["NewPassword"] = "kata-sandi-baru-456789" },
            actionUrl: "/admin/akun?handler=Password");
        Assert.Contains("Kata sandi diganti", await changed.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/admin")).StatusCode);
        var other = await phone.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.StartsWith("/masuk", other.Headers.Location!.PathAndQuery);
        using var again = app.Client();
        await Forms.SignInAsync(again, Email, "kata-sandi-baru-456789");
    }

    /// <summary>Another client holding a copy of the cookies, as someone who saved them would.</summary>
    private static HttpClient CopyOf(TestApp app, CookieContainer cookies)
    {
        var copy = new CookieContainer();
        copy.Add(cookies.GetAllCookies());
        return app.Client(cookies: copy);
    }
}
