using System.CommandLine;
using Siberindo.Cli;

namespace Siberindo.Accounts;

/// <summary><c>siberindo user create --role provinsi --province 36 --email ...</c>: scoped accounts from the command line.</summary>
public static class UserCommands
{
    public static Command Create()
    {
        var email = new Option<string>("--email") { Description = "Email, used to sign in.", Required = true };
        var name = new Option<string?>("--name") { Description = "Display name." };
        var role = new Option<string>("--role") { Description = "pusat, provinsi, kabkota, editor or cekfakta (with --province for a provincial fact-checker).", Required = true };
        var province = new Option<string?>("--province") { Description = "Province code for --role provinsi (e.g. 36)." };
        var regency = new Option<string?>("--regency") { Description = "Regency/city code for --role kabkota (e.g. 36.71)." };
        var outlet = new Option<int?>("--outlet") { Description = "Outlet id for --role editor." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input; otherwise one is generated and printed once." };
        var create = CliHost.Command(new Command("create", "Create an account with a role and its area.") { email, name, role, province, regency, outlet, passwordStdin });
        create.SetAction(async (parse, ct) =>
        {
            var roleName = parse.GetValue(role)!.Trim().ToLowerInvariant() switch
            {
                "pusat" or "admin" => Roles.Admin,
                "provinsi" or Roles.ProvinceAdmin => Roles.ProvinceAdmin,
                "kabkota" or "kab/kota" or Roles.RegencyAdmin => Roles.RegencyAdmin,
                "editor" or Roles.OutletEditor => Roles.OutletEditor,
                "cekfakta" or "pemeriksa-fakta" or Roles.FactChecker => Roles.FactChecker,
                _ => null,
            };
            if (roleName is null) { Console.Error.WriteLine("error: --role must be pusat, provinsi, kabkota, editor or cekfakta."); return 2; }
            var generated = !parse.GetValue(passwordStdin);
            var password = generated ? AdminAccounts.GeneratePassword() : (Console.In.ReadLine() ?? "").Trim();

            await using var app = await CliHost.StartAsync(parse, ct);
            await using var scope = app.Services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<AdminAccounts>().CreateAsync(new NewAccount(parse.GetValue(email)!.Trim(), password,
                parse.GetValue(name), roleName, parse.GetValue(province), parse.GetValue(regency), parse.GetValue(outlet)));
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors) Console.Error.WriteLine($"error: {error.Description}");
                Console.Error.WriteLine("No account was created.");
                return 1;
            }
            Console.WriteLine($"{Roles.Label(roleName)} {parse.GetValue(email)} created. Sign in at /masuk.");
            if (generated) Console.WriteLine($"Generated password (shown once, store it safely): {password}");
            return 0;
        });
        var user = new Command("user", "Manage accounts and their areas.");
        user.Subcommands.Add(create);
        return user;
    }
}
