using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Siberindo.Accounts;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Accounts;

/// <summary>
/// Sign-in that slows guessing without locking anyone out or telling which emails have accounts, and two-step sign-in.
/// Client addresses come in X-Forwarded-For, trusted from the loopback proxy as in production behind nginx.
/// </summary>
public sealed partial class SignInTests
{
    private const string Admin = "pusat@smsi.example";

    private static HttpClient From(TestApp app, string address, CookieContainer? cookies = null)
    {
        var http = app.Client(cookies: cookies);
        http.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return http;
    }

    private static async Task<(HttpStatusCode Status, string? Error, TimeSpan Took)> TryAsync(HttpClient http, string email, string password)
    {
        var timer = Stopwatch.StartNew();
        var response = await Forms.PostAsync(http, "/masuk", new() { ["Email"] = email, ["Password"] = password });
        timer.Stop();
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var error = ErrorPattern().Match(page) is { Success: true } m ? m.Groups[1].Value : null;
        return (response.StatusCode, error, timer.Elapsed);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Wrong_passwords_from_elsewhere_never_lock_the_owner_out(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await Users.CreateAsync(app, Admin, Roles.Admin);
        using var attacker = From(app, "203.0.113.66");
        for (var i = 0; i < 8; i++) Assert.NotEqual(HttpStatusCode.Redirect, (await TryAsync(attacker, Admin, "tebakan-salah-" + i)).Status);

        using var owner = From(app, "198.51.100.10");
        var signedIn = await TryAsync(owner, Admin, Users.Password);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/admin")).StatusCode);
    }

    [SkippableFact]
    public async Task An_unknown_email_is_answered_like_a_real_one_in_words_and_in_time()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        await Users.CreateAsync(app, Admin, Roles.Admin);
        using var first = From(app, "203.0.113.1");
        using var second = From(app, "203.0.113.2");
        await TryAsync(first, "pemanasan@smsi.example", "x-x-x-x-x-x-x"); // warm-up: the first request compiles the page

        var real = new List<(HttpStatusCode, string?, TimeSpan)>();
        var unknown = new List<(HttpStatusCode, string?, TimeSpan)>();
        for (var i = 0; i < 7; i++)
        {
            real.Add(await TryAsync(first, Admin, "salah-salah-salah-" + i));
            unknown.Add(await TryAsync(second, "tidak-ada@smsi.example", "salah-salah-salah-" + i));
        }

        static string Words((HttpStatusCode Status, string? Error, TimeSpan) answer) => $"{answer.Status} {Digits().Replace(answer.Error ?? "", "N")}";
        Assert.Equal(real.Select(Words), unknown.Select(Words));
        Assert.DoesNotContain(real, a => a.Item2!.Contains("dikunci"));
        Assert.Contains(real, a => a.Item2!.StartsWith("Terlalu banyak percobaan"));
        // The tries checked against a password hash take a hash's time for an unknown email too.
        static double Median(IEnumerable<(HttpStatusCode, string?, TimeSpan Took)> answers) =>
            answers.Select(a => a.Took.TotalMilliseconds).Order().ElementAt(1);
        Assert.True(Median(unknown.Take(3)) > 0.4 * Median(real.Take(3)), $"unknown {Median(unknown.Take(3)):0} ms, real {Median(real.Take(3)):0} ms");
    }

    [SkippableFact]
    public async Task Guessing_slows_the_guesser_and_a_known_browser_still_gets_in_past_the_account_cap()
    {
        await using var app = await TestApp.StartAsync("Sqlite", "--Accounts:SignIn:AccountCap=6");
        await Users.CreateAsync(app, Admin, Roles.Admin);
        var ownBrowser = new CookieContainer();
        using (var own = From(app, "198.51.100.20", ownBrowser))
            Assert.Equal(HttpStatusCode.Redirect, (await TryAsync(own, Admin, Users.Password)).Status);

        // From the guessing address, even the right password waits once a few wrong ones came first.
        using var guesser = From(app, "203.0.113.9");
        for (var i = 0; i < 4; i++) await TryAsync(guesser, Admin, "salah-salah-salah-" + i);
        var waiting = await TryAsync(guesser, Admin, Users.Password);
        Assert.Equal(HttpStatusCode.OK, waiting.Status);
        Assert.StartsWith("Terlalu banyak percobaan masuk", waiting.Error);

        // Spread over addresses, the account's cap is reached: a new browser waits, the owner's browser does not.
        for (var i = 0; i < 3; i++)
        {
            using var bot = From(app, $"192.0.2.{i + 1}");
            await TryAsync(bot, Admin, "salah-salah-salah");
        }
        using var stranger = From(app, "198.51.100.99");
        Assert.StartsWith("Terlalu banyak percobaan masuk", (await TryAsync(stranger, Admin, Users.Password)).Error);
        using var ownAgain = From(app, "198.51.100.21", ownBrowser);
        Assert.Equal(HttpStatusCode.Redirect, (await TryAsync(ownAgain, Admin, Users.Password)).Status);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Two_step_sign_in_with_an_authenticator_app_and_a_recovery_code(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var http = await Users.SignedInAsync(app, Admin, Roles.Admin);
        var setup = WebUtility.HtmlDecode(await http.GetStringAsync("/admin/akun/dua-langkah"));
        Assert.Contains("<svg", setup);
        var key = KeyPattern().Match(setup).Groups[1].Value;
        var enabled = WebUtility.HtmlDecode(await (await Forms.PostAsync(http, "/admin/akun/dua-langkah",
            new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) })).Content.ReadAsStringAsync());
        var recovery = RecoveryPattern().Matches(enabled).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(TwoFactorSetupModel.RecoveryCodeCount, recovery.Count);
        await Forms.PostAsync(http, "/admin", [], actionUrl: "/keluar");

        // The password alone is not enough now.
        using var phone = app.Client();
        var afterPassword = await Forms.PostAsync(phone, "/masuk", new() { ["Email"] = Admin, ["Password"] = Users.Password });
        Assert.StartsWith("/masuk/dua-langkah", afterPassword.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/admin")).StatusCode);
        var wrong = await Forms.PostAsync(phone, "/masuk/dua-langkah", new() { ["Code"] = "000000" });
        Assert.Contains("Kode salah", await wrong.Content.ReadAsStringAsync());
        var code = await Forms.PostAsync(phone, "/masuk/dua-langkah", new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/admin")).StatusCode);

        // A recovery code works once.
        using var lostPhone = app.Client();
        await Forms.PostAsync(lostPhone, "/masuk", new() { ["Email"] = Admin, ["Password"] = Users.Password });
        var recovered = await Forms.PostAsync(lostPhone, "/masuk/dua-langkah", new() { ["Code"] = recovery[0], ["Recovery"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, recovered.StatusCode);
        using var replay = app.Client();
        await Forms.PostAsync(replay, "/masuk", new() { ["Email"] = Admin, ["Password"] = Users.Password });
        var reused = await Forms.PostAsync(replay, "/masuk/dua-langkah", new() { ["Code"] = recovery[0], ["Recovery"] = "true" });
        Assert.Contains("Kode salah", await reused.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("<p class=\"error\" role=\"alert\"[^>]*>(.*?)</p>")]
    private static partial Regex ErrorPattern();

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();

    [GeneratedRegex("<code id=\"authenticator-key\">([a-z0-9 ]+)</code>")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<li><code>([A-Za-z0-9-]+)</code></li>")]
    private static partial Regex RecoveryPattern();
}
