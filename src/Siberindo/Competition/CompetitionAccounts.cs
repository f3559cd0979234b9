using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Members;
using Siberindo.Shared;
using Siberindo.Storage;

namespace Siberindo.Competition;

/// <summary>
/// Accounts of the competition's people: a journalist (role wartawan) speaks for one person of the registry, made by
/// an admin or editor whose area holds that person's outlet; a judge's account (role juri) is made when a round's
/// admin adds them. Neither role opens /admin. A new account gets a generated password, shown once. A refusal names
/// the field it is about: the person, or the email (every refusal of the account itself is about its address).
/// </summary>
public sealed class CompetitionAccounts(UserManager<SiberindoUser> users, RoleManager<IdentityRole> roles, SiberindoDb db, AccessScope scope, AuditLog audit)
{
    public sealed record Made(SiberindoUser User, string? Password, List<FormError> Errors);

    /// <summary>People this user may make journalist accounts for: those holding a post at an outlet of their area.</summary>
    public IQueryable<Person> PeopleInScope() =>
        db.Set<Person>().Where(p => p.Positions.Any(pos => scope.Outlets(db.Outlets).Any(o => o.Id == pos.OutletId)));

    public async Task<Made> CreateJournalistAsync(int personId, string email, string? password = null, CancellationToken ct = default)
    {
        var person = await PeopleInScope().SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null) return new(null!, null, [new("Orang tidak ditemukan di media wilayah Anda (person not found in your area).", nameof(EntrantAccount.PersonId))]);
        if (await db.Set<EntrantAccount>().AnyAsync(a => a.PersonId == personId, ct))
            return new(null!, null, [new($"{person.Name} sudah punya akun peserta (already has an account).", nameof(EntrantAccount.PersonId))]);
        var made = await CreateAsync(email, person.Name, CompetitionRoles.Journalist, password, ct);
        if (made.Errors.Count > 0) return made;
        db.Add(new EntrantAccount { UserId = made.User.Id, PersonId = person.Id });
        audit.Record("create", "User", made.User.Id, email, null, null, AuditDiff.Snapshot(("Peran", "Wartawan (peserta lomba)"), ("Orang", person.Name)));
        await db.SaveChangesAsync(ct);
        return made;
    }

    /// <summary>The judge's account: an existing one with this email, or a new one with the judge role.</summary>
    public async Task<Made> JudgeAccountAsync(string email, string name, string? password = null, CancellationToken ct = default)
    {
        if (await users.FindByEmailAsync(email.Trim()) is { } existing)
        {
            if (!await users.IsInRoleAsync(existing, CompetitionRoles.Judge))
                return new(existing, null, [new("Email ini milik akun lain yang bukan juri (the email belongs to a non-judge account).", EmailField)]);
            return new(existing, null, []);
        }
        var made = await CreateAsync(email, name, CompetitionRoles.Judge, password, ct);
        if (made.Errors.Count == 0)
        {
            audit.Record("create", "User", made.User.Id, email, null, null, AuditDiff.Snapshot(("Peran", "Juri lomba"), ("Nama", name)));
            await db.SaveChangesAsync(ct);
        }
        return made;
    }

    /// <summary>The field every refusal of the account itself names: its email, which is also its user name.</summary>
    public const string EmailField = "Email";

    private async Task<Made> CreateAsync(string email, string name, string role, string? password, CancellationToken ct)
    {
        email = email.Trim();
        if (!new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email)) return new(null!, null, [new("Email tidak sah (invalid email).", EmailField)]);
        if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        var generated = password is null;
        password ??= AdminAccounts.GeneratePassword();
        var user = new SiberindoUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return new(user, null, created.Errors.Select(e => new FormError(e.Description, EmailField)).ToList());
        var added = await users.AddToRoleAsync(user, role);
        if (!added.Succeeded) return new(user, null, added.Errors.Select(e => new FormError(e.Description)).ToList());
        return new(user, generated ? password : null, []);
    }
}
