using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Siberindo.Cli;

namespace Siberindo.Partners;

/// <summary>
/// <c>siberindo partner create|list|account</c>: partner organisations and their staff's accounts from the command
/// line, for an operator setting up a province's Diskominfo before its people sign in. The same service as the admin
/// pages, so the same checks and audit entries apply.
/// </summary>
public static class PartnerCommands
{
    public static Command Create()
    {
        var partner = new Command("partner", "Manage government partners (mitra) and their accounts.");
        partner.Subcommands.Add(CreatePartner());
        partner.Subcommands.Add(List());
        partner.Subcommands.Add(Account());
        return partner;
    }

    private static Command CreatePartner()
    {
        var name = new Option<string>("--name") { Description = "The organisation's name.", Required = true };
        var kind = new Option<PartnerKind>("--kind") { Description = "Diskominfo, Kementerian, Lembaga, PemerintahDaerah or Lainnya.", DefaultValueFactory = _ => PartnerKind.Diskominfo };
        var province = new Option<string?>("--province") { Description = "Province code (e.g. 36); none for a national partner." };
        var regency = new Option<string?>("--regency") { Description = "Regency/city code (e.g. 36.71) for a regency's office." };
        var website = new Option<string?>("--website") { Description = "Website, as a full URL." };
        var email = new Option<string?>("--email") { Description = "The organisation's email." };
        var create = CliHost.Command(new Command("create", "Record a partner organisation; prints its id.") { name, kind, province, regency, website, email });
        create.SetAction(async (parse, ct) =>
        {
            await using var app = await CliHost.StartAsync(parse, ct);
            await using var scope = app.Services.CreateAsyncScope();
            var (created, errors) = await scope.ServiceProvider.GetRequiredService<PartnerService>().CreateAsync(new PartnerDraft(parse.GetValue(name),
                parse.GetValue(kind), parse.GetValue(province), parse.GetValue(regency), parse.GetValue(website), parse.GetValue(email), null), ct);
            if (created is null) return Refused(errors.Select(e => e.Message), "No partner was recorded.");
            Console.WriteLine($"{created.Id}\t{created.Slug}\t{created.Name}");
            return 0;
        });
        return create;
    }

    private static Command List()
    {
        var list = CliHost.Command(new Command("list", "Partners as tab-separated lines: id, slug, place, name, accounts."));
        list.SetAction(async (parse, ct) =>
        {
            await using var app = await CliHost.StartAsync(parse, ct);
            await using var scope = app.Services.CreateAsyncScope();
            var partners = scope.ServiceProvider.GetRequiredService<PartnerService>();
            foreach (var p in await partners.Partners().AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct))
                Console.WriteLine($"{p.Id}\t{p.Slug}\t{p.RegencyCode ?? p.ProvinceCode ?? "nasional"}\t{p.Name}\t{string.Join(',', await partners.AccountsOfAsync(p.Id, ct))}");
            return 0;
        });
        return list;
    }

    private static Command Account()
    {
        var id = new Option<int>("--partner") { Description = "The partner's id (see partner list).", Required = true };
        var email = new Option<string>("--email") { Description = "The staff member's email, used to sign in.", Required = true };
        var name = new Option<string?>("--name") { Description = "Display name." };
        var account = CliHost.Command(new Command("account", "Create an account of the partner role; the generated password is printed once.") { id, email, name });
        account.SetAction(async (parse, ct) =>
        {
            await using var app = await CliHost.StartAsync(parse, ct);
            await using var scope = app.Services.CreateAsyncScope();
            var partners = scope.ServiceProvider.GetRequiredService<PartnerService>();
            if (!await partners.Partners().AnyAsync(p => p.Id == parse.GetValue(id), ct)) return Refused([$"Mitra {parse.GetValue(id)} tidak ditemukan (no such partner)."], "No account was created.");
            var (password, errors) = await partners.CreateAccountAsync(parse.GetValue(id), parse.GetValue(email), parse.GetValue(name), ct);
            if (password is null) return Refused(errors, "No account was created.");
            Console.WriteLine($"Mitra account {parse.GetValue(email)!.Trim()} created. Sign in at /masuk.");
            Console.WriteLine($"Generated password (shown once, store it safely): {password}");
            return 0;
        });
        return account;
    }

    private static int Refused(IEnumerable<string> errors, string outcome)
    {
        foreach (var error in errors) Console.Error.WriteLine($"error: {error}");
        Console.Error.WriteLine(outcome);
        return 1;
    }
}
