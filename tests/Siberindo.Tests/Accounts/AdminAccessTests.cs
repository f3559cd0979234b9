using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Accounts;

public sealed class AdminAccessTests
{
    private const string Email = "admin@smsi.example";
    private const string Password = "panjang-sekali-123";

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_admin_created_on_the_command_line_signs_in_and_manages_outlets(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var created = await CliRunner.RunWithInputAsync(Password + "\n", ["admin", "create", "--email", Email, "--password-stdin", .. db.ConfigurationArgs]);
        Assert.Equal(0, created.Exit);
        await using var app = await TestApp.StartAsync(db, []);
        using var http = app.Client();

        await Forms.SignInAsync(http, Email, Password);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/admin")).StatusCode);

        var bad = await Forms.PostAsync(http, "/admin/media/baru", new()
        {
            ["Form.Name"] = "Kabar Serang", ["Form.Website"] = "https://kabarserang.example", ["Form.RegencyCode"] = "99.99",
            ["Form.Verification"] = "None", ["Form.Feeds"] = "https://kabarserang.example/feed",
        });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Kode kabupaten/kota &#x27;99.99&#x27; tidak dikenal", await bad.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.WithDbAsync(d => d.Outlets.CountAsync()));

        var good = await Forms.PostAsync(http, "/admin/media/baru", new()
        {
            ["Form.Name"] = "Kabar Serang", ["Form.Website"] = "https://kabarserang.example", ["Form.RegencyCode"] = "36.04",
            ["Form.Verification"] = "Factual", ["Form.VerifiedOn"] = "2024-03-01", ["Form.Feeds"] = "https://kabarserang.example/feed\nhttps://kabarserang.example/atom",
        });
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var outlet = await app.WithDbAsync(d => d.Outlets.Include(o => o.Feeds).SingleAsync());
        Assert.Equal("36", outlet.ProvinceCode);
        Assert.Equal(2, outlet.Feeds.Count);
        Assert.Contains("Kesehatan feed", await http.GetStringAsync(good.Headers.Location!.ToString()));
    }

    [Fact]
    public async Task Generated_passwords_always_pass_the_password_policy()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Siberindo.Accounts.SiberindoUser>>();
        var user = new Siberindo.Accounts.SiberindoUser { UserName = "uji@smsi.example", Email = "uji@smsi.example" };

        // One draw in twenty of the alphabet alone has no digit; 2,000 draws would all but surely include such a one.
        for (var i = 0; i < 2000; i++)
        {
            var password = Siberindo.Accounts.AdminAccounts.GeneratePassword();
            foreach (var validator in users.PasswordValidators)
                Assert.True((await validator.ValidateAsync(users, user, password)).Succeeded, password);
        }
    }

    [Fact]
    public async Task Admin_pages_need_a_signed_in_admin_and_forms_need_their_token()
    {
        await using var app = await TestApp.StartAsync("Sqlite");
        using var http = app.Client();

        var anonymous = await http.GetAsync("/admin/media");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/masuk", anonymous.Headers.Location!.PathAndQuery);

        var forged = await http.PostAsync("/masuk", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = Email, ["Password"] = Password }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var wrong = await Forms.PostAsync(http, "/masuk", new() { ["Email"] = Email, ["Password"] = "salah-salah-salah" });
        Assert.Contains("Email atau kata sandi salah", await wrong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Admin_create_refuses_a_weak_password_and_creates_nothing()
    {
        await using var db = await TestDatabase.CreateAsync("Sqlite");
        var result = await CliRunner.RunWithInputAsync("pendek\n", ["admin", "create", "--email", Email, "--password-stdin", .. db.ConfigurationArgs]);
        Assert.Equal(1, result.Exit);
        Assert.Contains("No account was created", result.Err);
        await using var app = await TestApp.StartAsync(db, []);
        Assert.Equal(0, await app.WithDbAsync(d => d.Users.CountAsync()));
    }
}
