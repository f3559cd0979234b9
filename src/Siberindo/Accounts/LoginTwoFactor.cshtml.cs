using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Siberindo.Accounts;

/// <summary>
/// The second step of signing in to an account with two-step sign-in: the code of the authenticator app, or one of
/// the recovery codes. Reached only with the right password (Identity's two-factor cookie says whose); five wrong
/// codes lock the account for 15 minutes, which only someone with the password can cause.
/// </summary>
[EnableRateLimiting(RateLimits.Login)]
public sealed class LoginTwoFactorModel(SignInManager<SiberindoUser> signIn) : PageModel
{
    [BindProperty] public string Code { get; set; } = "";
    [BindProperty] public bool Recovery { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? LocalRedirect("/masuk") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null) return LocalRedirect("/masuk");
        // Recovery codes keep their dash (XXXXX-XXXXX); app codes may be typed with spaces or a dash in the middle.
        var code = Code.Replace(" ", "").Trim();
        var result = Recovery
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(code.ToUpperInvariant())
            : await signIn.TwoFactorAuthenticatorSignInAsync(code.Replace("-", ""), isPersistent: false, rememberClient: false);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/admin");
        Error = result.IsLockedOut
            ? "Terlalu banyak kode yang salah; akun dikunci sementara. Coba lagi dalam 15 menit."
            : "Kode salah atau sudah kedaluwarsa. (Wrong or expired code.)";
        return Page();
    }
}
