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
        var (province, regency, outletId) = (account.ProvinceCode?.Trim(), account.RegencyCode?.Trim(), account.OutletId);
        // Only the fields the role needs are kept, so a stray field never widens or narrows an account's area.
        switch (account.Role)
        {
            case Roles.Admin: (province, regency, outletId) = (null, null, null); break;
            case Roles.ProvinceAdmin:
                if (province is null || regions.Province(province) is null) return Failed($"Kode provinsi '{province}' tidak dikenal (unknown province code).");
                (regency, outletId) = (null, null);
                break;
            case Roles.RegencyAdmin:
                if (regency is null || regions.Regency(regency) is not { } r) return Failed($"Kode kabupaten/kota '{regency}' tidak dikenal (unknown regency code).");
                (province, outletId) = (r.ProvinceCode, null);
                break;
            case Roles.OutletEditor:
                if (outletId is null) return Failed("Media wajib dipilih untuk editor media (an outlet editor needs an outlet).");
                (province, regency) = (null, null);
                break;
            default: return Failed($"Peran '{account.Role}' tidak dikenal (unknown role).");
        }
        var outlet = outletId is { } id ? await db.Outlets.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id) : null;
        if (outletId is not null && outlet is null) return Failed("Media tidak ditemukan (outlet not found).");
        if (!scope.CanGrant(account.Role, province, regency, outlet))
            return Failed("Anda tidak berwenang membuat akun dengan peran dan wilayah ini (you may not create this account).");

        if (!await roles.RoleExistsAsync(account.Role))
        {
            var role = await roles.CreateAsync(new IdentityRole(account.Role));
            if (!role.Succeeded) return role;
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        var user = new SiberindoUser
        {
            UserName = account.Email, Email = account.Email, EmailConfirmed = true, DisplayName = account.DisplayName,
            ScopeProvinceCode = province, ScopeRegencyCode = regency, ScopeOutletId = outletId,
        };
        var created = await users.CreateAsync(user, account.Password);
        if (!created.Succeeded) return created;
        var added = await users.AddToRoleAsync(user, account.Role);
        if (!added.Succeeded) return added;
        audit.Record("create", "User", user.Id, account.Email, outlet?.ProvinceCode ?? province, outlet?.RegencyCode ?? regency,
            AuditDiff.Snapshot(("Peran", Roles.Label(account.Role)), ("Provinsi", province), ("Kab/kota", regency), ("Media", outlet?.Name)));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return IdentityResult.Success;
    }

    private static IdentityResult Failed(string message) => IdentityResult.Failed(new IdentityError { Code = "scope", Description = message });

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
