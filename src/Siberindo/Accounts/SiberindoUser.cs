using Microsoft.AspNetCore.Identity;

namespace Siberindo.Accounts;

public sealed class SiberindoUser : IdentityUser
{
    public string? DisplayName { get; set; }
}

public static class Roles
{
    /// <summary>Admin pusat: the national board, allowed everything.</summary>
    public const string Admin = "admin";
}
