using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace Siberindo.Accounts;

/// <summary>
/// /admin/akun/dua-langkah: enrols an authenticator app (TOTP, RFC 6238, through Identity's authenticator token
/// provider): the key as a QR code and as text, a code to confirm it, then ten recovery codes shown once.
/// </summary>
[Authorize(Policy = Roles.Staff)]
public sealed class TwoFactorSetupModel(UserManager<SiberindoUser> users, SignInManager<SiberindoUser> signIn) : PageModel
{
    private const string Issuer = "Siberindo";
    public const int RecoveryCodeCount = 10;

    [BindProperty] public string Code { get; set; } = "";

    public string Key { get; private set; } = "";
    public string QrSvg { get; private set; } = "";
    public bool Enabled { get; private set; }
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    /// <summary>Confirms the app with one of its codes; turns two-step sign-in on and shows the recovery codes.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return NotFound();
        var code = Code.Replace(" ", "").Replace("-", "");
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            Error = "Kode tidak cocok; periksa jam ponsel dan coba kode berikutnya. (The code does not match.)";
            await LoadAsync();
            return Page();
        }
        // Turning it on renews the security stamp: other sessions of the account end, this one is signed in again.
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        await signIn.RefreshSignInAsync(user);
        await LoadAsync();
        return Page();
    }

    /// <summary>New recovery codes; the old ones stop working.</summary>
    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        if (await users.GetUserAsync(User) is not { } user || !user.TwoFactorEnabled) return NotFound();
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        await LoadAsync();
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return false;
        Enabled = user.TwoFactorEnabled;
        if (Enabled) return true;
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // A new key renews the security stamp (ending other sessions); this session is signed in again.
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }
        Key = Grouped(key);
        var label = Uri.EscapeDataString($"{Issuer}:{user.Email}");
        var uri = $"otpauth://totp/{label}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        QrSvg = new SvgQRCode(data).GetGraphic(4);
        return true;
    }

    /// <summary>The key in groups of four, easier to type by hand.</summary>
    private static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4) text.Append(text.Length > 0 ? " " : "").Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        return text.ToString().ToLowerInvariant();
    }
}
