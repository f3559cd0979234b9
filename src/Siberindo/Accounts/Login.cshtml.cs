using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Siberindo.Accounts;

[EnableRateLimiting(RateLimits.Login)]
public sealed class LoginModel(SignInManager<SiberindoUser> signIn) : PageModel
{
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
        var result = await signIn.PasswordSignInAsync(Email, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : await HomeOfAsync(Email));
        Error = result.IsLockedOut
            ? "Akun dikunci sementara karena terlalu banyak percobaan. Coba lagi dalam 15 menit."
            : "Email atau kata sandi salah.";
        return Page();
    }

    /// <summary>Board admins and editors land in the admin area; a partner's staff on its own pages (/mitra).</summary>
    private async Task<string> HomeOfAsync(string email) =>
        await signIn.UserManager.FindByEmailAsync(email) is { } user && await signIn.UserManager.IsInRoleAsync(user, Roles.Partner) ? "/mitra" : "/admin";
}
