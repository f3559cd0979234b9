using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Siberindo.Accounts;

/// <summary>
/// Sign-in. Every answer is the same whether or not the email has an account, and takes as long (a password hash is
/// checked either way); wrong passwords slow the next tries down (<see cref="SignInThrottle"/>) but never lock an
/// account. An account with two-step sign-in continues at /masuk/dua-langkah.
/// </summary>
[EnableRateLimiting(RateLimits.Login)]
public sealed class LoginModel(SignInManager<SiberindoUser> signIn, UserManager<SiberindoUser> users, SignInThrottle throttle,
    DeviceCookie devices, IPasswordHasher<SiberindoUser> hasher) : PageModel
{
    public const string WrongPassword = "Email atau kata sandi salah.";

    [BindProperty, Required(ErrorMessage = "Email wajib diisi."), EmailAddress(ErrorMessage = "Email tidak sah.")]
    public string Email { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Kata sandi wajib diisi."), DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "";
        var wait = throttle.WaitFor(Email, address, devices.Knows(HttpContext, Email));
        if (wait > TimeSpan.Zero)
        {
            Error = TooManyTries(wait);
            return Page();
        }

        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is null)
        {
            // The same work as for a real account, so the time taken does not tell either.
            hasher.VerifyHashedPassword(new SiberindoUser(), DummyHash.Value, Password);
            throttle.Failed(Email, address);
            Error = WrongPassword;
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded || result.RequiresTwoFactor)
        {
            throttle.Succeeded(Email, address);
            devices.Remember(HttpContext, Email);
            var next = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : await HomeOfAsync(user);
            return LocalRedirect(result.Succeeded ? next : "/masuk/dua-langkah?ReturnUrl=" + Uri.EscapeDataString(next));
        }
        // Locked only by wrong two-step codes, which needs the password: saying so tells nothing to whoever lacks it.
        if (result.IsLockedOut && await users.CheckPasswordAsync(user, Password))
        {
            Error = "Terlalu banyak kode verifikasi yang salah; akun ini dikunci sementara. Coba lagi dalam 15 menit.";
            return Page();
        }
        throttle.Failed(Email, address);
        Error = WrongPassword;
        return Page();
    }

    public static string TooManyTries(TimeSpan wait) =>
        $"Terlalu banyak percobaan masuk. Coba lagi dalam {(wait.TotalMinutes >= 1 ? $"{Math.Ceiling(wait.TotalMinutes):0} menit" : $"{Math.Ceiling(wait.TotalSeconds):0} detik")}.";

    // A hash of a random password in the current format, made once per process.
    private static readonly Lazy<string> DummyHash = new(() =>
        new PasswordHasher<SiberindoUser>().HashPassword(new SiberindoUser(), Guid.NewGuid().ToString("N")));

    /// <summary>Board admins and editors land in the admin area; a partner's staff on its own pages (/mitra); a
    /// fact-checker at the fact-check desk; judges and entrants on the competition's pages.</summary>
    private async Task<string> HomeOfAsync(SiberindoUser user) =>
        await users.IsInRoleAsync(user, Roles.Partner) ? "/mitra"
        : await users.IsInRoleAsync(user, Roles.FactChecker) ? "/admin/cek-fakta"
        : await users.IsInRoleAsync(user, Competition.CompetitionRoles.Judge) ? "/juri"
        : await users.IsInRoleAsync(user, Competition.CompetitionRoles.Journalist) ? "/lomba"
        : "/admin";
}
