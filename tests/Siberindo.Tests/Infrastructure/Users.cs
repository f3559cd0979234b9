using Siberindo.Accounts;

namespace Siberindo.Tests.Infrastructure;

/// <summary>Accounts made through the product's own service (as the system, like the CLI), then signed in over HTTP.</summary>
public static class Users
{
    public const string Password = "kata-sandi-panjang-123";

    public static async Task CreateAsync(TestApp app, string email, string role, string? province = null, string? regency = null, int? outlet = null)
    {
        var result = await app.WithServiceAsync<AdminAccounts, Microsoft.AspNetCore.Identity.IdentityResult>(a =>
            a.CreateAsync(new NewAccount(email, Password, null, role, province, regency, outlet)));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    public static async Task<HttpClient> SignedInAsync(TestApp app, string email, string role, string? province = null, string? regency = null, int? outlet = null)
    {
        await CreateAsync(app, email, role, province, regency, outlet);
        var http = app.Client();
        await Forms.SignInAsync(http, email, Password);
        return http;
    }
}
