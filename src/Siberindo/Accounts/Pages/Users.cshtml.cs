using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Storage;

namespace Siberindo.Accounts.Pages;

[Authorize(Policy = Roles.BoardAdmin)]
public sealed class UsersModel(SiberindoDb db, AccessScope scope, AdminAccounts accounts) : PageModel
{
    public sealed record Row(string Email, string? Name, string Role, string? Province, string? Regency, string? Outlet);

    public List<Row> Users { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? CreatedEmail { get; private set; }
    public string? CreatedPassword { get; private set; }
    public string? ChangedEmail { get; private set; }

    /// <summary>The new-account form's fields (posted as New.*).</summary>
    [BindProperty] public AccountForm New { get; set; } = new();
    /// <summary>The role-change form's fields (posted as Change.*).</summary>
    [BindProperty] public AccountForm Change { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var password = AdminAccounts.GeneratePassword();
        var result = await accounts.CreateAsync(new NewAccount((New.Email ?? "").Trim(), password, New.DisplayName, New.Role, New.ProvinceCode, New.RegencyCode, New.OutletId));
        if (result.Succeeded) (CreatedEmail, CreatedPassword) = (New.Email!.Trim(), password);
        else Errors = AccountForm.ShowErrors(ViewData, result, nameof(New), scope.IsNational);
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Another role or area for an existing account (the same fields as a new one).</summary>
    public async Task<IActionResult> OnPostChangeAsync(CancellationToken ct)
    {
        var result = await accounts.ChangeRoleAsync(Change.Email ?? "", Change.Role, Change.ProvinceCode, Change.RegencyCode, Change.OutletId);
        if (result.Succeeded) ChangedEmail = Change.Email!.Trim();
        else Errors = AccountForm.ShowErrors(ViewData, result, nameof(Change), scope.IsNational);
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Accounts whose area lies inside the user's: a province admin sees its province's, regencies' and outlets' accounts.</summary>
    private async Task LoadAsync(CancellationToken ct)
    {
        var outlets = scope.Outlets(db.Outlets);
        var users = db.Users.AsNoTracking().Where(u =>
            scope.Level == ScopeLevel.National
            || (scope.Level == ScopeLevel.Province && (u.ScopeProvinceCode == scope.ProvinceCode || (u.ScopeRegencyCode != null && u.ScopeRegencyCode.StartsWith(scope.ProvinceCode + "."))))
            || (scope.Level == ScopeLevel.Regency && u.ScopeRegencyCode == scope.RegencyCode)
            || (u.ScopeOutletId != null && outlets.Any(o => o.Id == u.ScopeOutletId)));
        Users = await users.OrderBy(u => u.Email)
            .Select(u => new Row(u.Email!, u.DisplayName,
                db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).FirstOrDefault() ?? "",
                u.ScopeProvinceCode, u.ScopeRegencyCode, db.Outlets.Where(o => o.Id == u.ScopeOutletId).Select(o => o.Name).FirstOrDefault()))
            .Take(1000).ToListAsync(ct);
    }
}
