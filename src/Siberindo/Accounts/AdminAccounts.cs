using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Siberindo.Audit;
using Siberindo.Regions;
using Siberindo.Storage;

namespace Siberindo.Accounts;

/// <summary>A new account as the page or the command gives it: the role and, for scoped roles, the area.</summary>
public sealed record NewAccount(string Email, string Password, string? DisplayName, string Role, string? ProvinceCode = null, string? RegencyCode = null, int? OutletId = null);

/// <summary>Creates accounts. There is no default account and no default password anywhere.</summary>
public sealed class AdminAccounts(UserManager<SiberindoUser> users, RoleManager<IdentityRole> roles, SiberindoDb db,
    RegionCatalog regions, AccessScope scope, AuditLog audit)
{
    /// <summary>An admin pusat (the first account of a new installation is made this way).</summary>
    public Task<IdentityResult> CreateAsync(string email, string password, string? displayName) =>
        CreateAsync(new NewAccount(email, password, displayName, Roles.Admin));

    public async Task<IdentityResult> CreateAsync(NewAccount account)
    {
        var (area, refused) = await AreaAsync(account.Role, account.ProvinceCode, account.RegencyCode, account.OutletId);
        if (refused is not null) return refused;
        if (!scope.CanGrant(account.Role, area.Province, area.Regency, area.Outlet))
            return Failed("Anda tidak berwenang membuat akun dengan peran dan wilayah ini (you may not create this account).");
        if (await EnsureRoleAsync(account.Role) is { Succeeded: false } role) return role;

        await using var transaction = await db.Database.BeginTransactionAsync();
        var user = new SiberindoUser
        {
            UserName = account.Email, Email = account.Email, EmailConfirmed = true, DisplayName = account.DisplayName,
            ScopeProvinceCode = area.Province, ScopeRegencyCode = area.Regency, ScopeOutletId = area.Outlet?.Id,
        };
        var created = await users.CreateAsync(user, account.Password);
        if (!created.Succeeded) return created;
        var added = await users.AddToRoleAsync(user, account.Role);
        if (!added.Succeeded) return added;
        audit.Record("create", "User", user.Id, account.Email, area.Outlet?.ProvinceCode ?? area.Province, area.Outlet?.RegencyCode ?? area.Regency,
            AuditDiff.Snapshot(("Peran", Roles.Label(account.Role)), ("Provinsi", area.Province), ("Kab/kota", area.Regency), ("Media", area.Outlet?.Name)));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return IdentityResult.Success;
    }

    /// <summary>
    /// Gives an existing account another role or area. Allowed when the admin could have created the account as it is
    /// and as it will be; never one's own account (an admin cannot lock themselves out or widen their own area). The
    /// account's other sessions lose their sign-in within a minute (its security stamp changes; AccountsExtensions).
    /// </summary>
    public async Task<IdentityResult> ChangeRoleAsync(string email, string role, string? provinceCode, string? regencyCode, int? outletId)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null) return Failed($"Akun {email} tidak ditemukan (no such account).", nameof(NewAccount.Email));
        if (user.Id == scope.UserId) return Failed("Peran akun sendiri tidak dapat diubah (you cannot change your own role).", nameof(NewAccount.Email));
        var held = await users.GetRolesAsync(user);
        var current = held.FirstOrDefault() ?? "";
        var currentOutlet = user.ScopeOutletId is { } id ? await db.Outlets.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id) : null;
        if (!scope.CanGrant(current, user.ScopeProvinceCode, user.ScopeRegencyCode, currentOutlet))
            return Failed("Anda tidak berwenang mengubah akun ini (you may not change this account).", nameof(NewAccount.Email));
        var (area, refused) = await AreaAsync(role, provinceCode, regencyCode, outletId);
        if (refused is not null) return refused;
        if (!scope.CanGrant(role, area.Province, area.Regency, area.Outlet))
            return Failed("Anda tidak berwenang memberi peran dan wilayah ini (you may not grant this role and area).");
        if (await EnsureRoleAsync(role) is { Succeeded: false } made) return made;

        var diff = new AuditDiff().Field("Peran", Roles.Label(current), Roles.Label(role))
            .Field("Provinsi", user.ScopeProvinceCode, area.Province).Field("Kab/kota", user.ScopeRegencyCode, area.Regency)
            .Field("Media", currentOutlet?.Name, area.Outlet?.Name);
        if (diff.IsEmpty) return IdentityResult.Success;
        await using var transaction = await db.Database.BeginTransactionAsync();
        (user.ScopeProvinceCode, user.ScopeRegencyCode, user.ScopeOutletId) = (area.Province, area.Regency, area.Outlet?.Id);
        if (current != role)
        {
            if (await users.RemoveFromRolesAsync(user, held) is { Succeeded: false } removed) return removed;
            if (await users.AddToRoleAsync(user, role) is { Succeeded: false } added) return added;
        }
        // A new security stamp ends the account's other sessions; saving it saves the new area too.
        if (await users.UpdateSecurityStampAsync(user) is { Succeeded: false } stamped) return stamped;
        audit.Record("role", "User", user.Id, user.Email, area.Outlet?.ProvinceCode ?? area.Province, area.Outlet?.RegencyCode ?? area.Regency, diff.ToString());
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return IdentityResult.Success;
    }

    private sealed record Area(string? Province, string? Regency, Outlets.Outlet? Outlet);

    /// <summary>
    /// The area a role is given: only the fields the role needs are kept, so a stray field never widens or narrows an
    /// account's area. A refusal when a needed field is missing or unknown.
    /// </summary>
    private async Task<(Area Area, IdentityResult? Refused)> AreaAsync(string role, string? provinceCode, string? regencyCode, int? outletId)
    {
        var (province, regency) = (provinceCode?.Trim(), regencyCode?.Trim());
        switch (role)
        {
            case Roles.Admin: return (new Area(null, null, null), null);
            // A fact-checker's province is optional: none is a national fact-checker.
            case Roles.FactChecker when string.IsNullOrEmpty(province): return (new Area(null, null, null), null);
            case Roles.ProvinceAdmin or Roles.FactChecker:
                return province is not null && regions.Province(province) is not null
                    ? (new Area(province, null, null), null)
                    : (new Area(null, null, null), Failed($"Kode provinsi '{province}' tidak dikenal (unknown province code).", nameof(NewAccount.ProvinceCode)));
            case Roles.RegencyAdmin:
                return regency is not null && regions.Regency(regency) is { } r
                    ? (new Area(r.ProvinceCode, regency, null), null)
                    : (new Area(null, null, null), Failed($"Kode kabupaten/kota '{regency}' tidak dikenal (unknown regency code).", nameof(NewAccount.RegencyCode)));
            case Roles.OutletEditor:
                if (outletId is null) return (new Area(null, null, null), Failed("Media wajib dipilih untuk editor media (an outlet editor needs an outlet).", nameof(NewAccount.OutletId)));
                var outlet = await db.Outlets.AsNoTracking().SingleOrDefaultAsync(o => o.Id == outletId);
                return outlet is not null
                    ? (new Area(null, null, outlet), null)
                    : (new Area(null, null, null), Failed("Media tidak ditemukan (outlet not found).", nameof(NewAccount.OutletId)));
            default: return (new Area(null, null, null), Failed($"Peran '{role}' tidak dikenal (unknown role).", nameof(NewAccount.Role)));
        }
    }

    private async Task<IdentityResult?> EnsureRoleAsync(string role) =>
        await roles.RoleExistsAsync(role) ? null : await roles.CreateAsync(new IdentityRole(role));

    /// <summary>A refusal whose code names the <see cref="NewAccount"/> field it is about, so a form shows it there; "scope" when it is about no one field.</summary>
    private static IdentityResult Failed(string message, string? field = null) =>
        IdentityResult.Failed(new IdentityError { Code = field ?? "scope", Description = message });

    /// <summary>
    /// A random password of 20 characters from an alphabet without look-alikes, with at least one digit and one
    /// lowercase letter as the password policy (AccountsExtensions) demands: about one draw in twenty has no digit, and
    /// drawing again keeps every valid password equally likely.
    /// </summary>
    public static string GeneratePassword()
    {
        while (true)
        {
            var password = RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);
            if (password.Any(char.IsAsciiDigit) && password.Any(char.IsAsciiLetterLower)) return password;
        }
    }
}
