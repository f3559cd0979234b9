using System.CommandLine;
using Siberindo.Cli;
using Spectre.Console;

namespace Siberindo.Accounts;

public static class AdminCommands
{
    public static Command Create()
    {
        var email = new Option<string>("--email") { Description = "The administrator's email, used to sign in.", Required = true };
        var name = new Option<string?>("--name") { Description = "Display name." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input instead of asking." };
        var create = CliHost.Command(new Command("create", "Create an administrator (admin pusat). Without --password-stdin the password " +
            "is asked for, or generated and printed once when there is no terminal.") { email, name, passwordStdin });
        create.SetAction(async (parse, ct) =>
        {
            string password;
            var generated = false;
            if (parse.GetValue(passwordStdin)) password = (Console.In.ReadLine() ?? "").Trim();
            else if (!Console.IsInputRedirected && AnsiConsole.Profile.Capabilities.Interactive)
                password = AnsiConsole.Prompt(new TextPrompt<string>("Kata sandi (min. 12 karakter):").Secret());
            else { password = AdminAccounts.GeneratePassword(); generated = true; }

            await using var app = await CliHost.StartAsync(parse, ct);
            await using var scope = app.Services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<AdminAccounts>()
                .CreateAsync(parse.GetValue(email)!.Trim(), password, parse.GetValue(name));
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors) Console.Error.WriteLine($"error: {error.Description}");
                Console.Error.WriteLine("No account was created. Fix the above and run the command again.");
                return 1;
            }
            Console.WriteLine($"Administrator {parse.GetValue(email)} created. Sign in at /masuk.");
            if (generated) Console.WriteLine($"Generated password (shown once, store it safely): {password}");
            return 0;
        });
        var admin = new Command("admin", "Manage administrator accounts.");
        admin.Subcommands.Add(create);
        return admin;
    }
}
