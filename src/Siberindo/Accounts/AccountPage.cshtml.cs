using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Siberindo.Shared;

namespace Siberindo.Accounts;

/// <summary>/admin/akun: one's own account: the password, and two-step sign-in (enrolment at /admin/akun/dua-langkah).</summary>
[Authorize(Policy = Roles.Staff)]
public sealed class AccountPageModel(UserManager<SiberindoUser> users, SignInManager<SiberindoUser> signIn) : PageModel
{
    [BindProperty, Display(Name = "Kata sandi saat ini")] public string CurrentPassword { get; set; } = "";
    [BindProperty, Display(Name = "Kata sandi baru")] public string NewPassword { get; set; } = "";
    /// <summary>The password that turns two-step sign-in off: its own field, so the page's two forms share no id.</summary>
    [BindProperty, Display(Name = "Kata sandi saat ini")] public string TurnOffPassword { get; set; } = "";

    public string Email { get; private set; } = "";
    public bool TwoFactorEnabled { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    /// <summary>A new password ends every other session of the account (a new security stamp); this one stays signed in.</summary>
    public async Task<IActionResult> OnPostPasswordAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return NotFound();
        var changed = await users.ChangePasswordAsync(user, CurrentPassword, NewPassword);
        if (changed.Succeeded)
        {
            await signIn.RefreshSignInAsync(user);
            Message = "Kata sandi diganti; sesi lain akun ini telah diakhiri. (Password changed; other sessions ended.)";
        }
        else Errors = FormErrors.Show(ViewData, changed.Errors.Select(e => e.Code == "PasswordMismatch"
            ? new FormError(WrongPassword, nameof(CurrentPassword))
            // Every other refusal is the password policy's (PasswordTooShort, PasswordRequiresDigit, ...) about the new one.
            : new FormError(e.Description, e.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(NewPassword) : null)));
        await LoadAsync();
        return Page();
    }

    /// <summary>Turns two-step sign-in off and forgets the authenticator key; needs the password.</summary>
    public async Task<IActionResult> OnPostDisableTwoFactorAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return NotFound();
        if (!await users.CheckPasswordAsync(user, TurnOffPassword)) Errors = FormErrors.Show(ViewData, [new FormError(WrongPassword, nameof(TurnOffPassword))]);
        else
        {
            await users.SetTwoFactorEnabledAsync(user, false);
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            Message = "Verifikasi dua langkah dimatikan. (Two-step sign-in turned off.)";
        }
        await LoadAsync();
        return Page();
    }

    private const string WrongPassword = "Kata sandi saat ini salah (current password is wrong).";

    private async Task<bool> LoadAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return false;
        Email = user.Email ?? "";
        TwoFactorEnabled = user.TwoFactorEnabled;
        RecoveryCodesLeft = TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0;
        return true;
    }
}
