using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Siberindo.Accounts;

/// <summary>Creates administrator accounts. There is no default account and no default password anywhere.</summary>
public sealed class AdminAccounts(UserManager<SiberindoUser> users, RoleManager<IdentityRole> roles)
{
    public async Task<IdentityResult> CreateAsync(string email, string password, string? displayName)
    {
        if (!await roles.RoleExistsAsync(Roles.Admin))
        {
            var role = await roles.CreateAsync(new IdentityRole(Roles.Admin));
            if (!role.Succeeded) return role;
        }
        var user = new SiberindoUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        var created = await users.CreateAsync(user, password);
        return created.Succeeded ? await users.AddToRoleAsync(user, Roles.Admin) : created;
    }

    /// <summary>A random password of 20 characters from an alphabet without look-alikes.</summary>
    public static string GeneratePassword() =>
        RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);
}
