using System.CommandLine;
using Siberindo.Hosting;
using Siberindo.Storage;

namespace Siberindo.Cli;

public static class ServeCommand
{
    public static Command Create()
    {
        var role = new Option<NodeRole>("--role")
        {
            Description = "all: pages and crawler in one process (one machine); web: pages only; worker: crawler only.",
            DefaultValueFactory = _ => NodeRole.All,
        };
        var command = CliHost.Command(new Command("serve", "Run the portal, the admin pages, the API and the crawler. " +
            "ASP.NET options pass through, e.g. --urls http://127.0.0.1:8080 or --Database:Provider=Postgres.") { role });
        command.SetAction(async (parse, ct) =>
        {
            string[] args = [$"--Node:Role={parse.GetValue(role)}", .. parse.UnmatchedTokens];
            var app = SiberindoApp.Build(SiberindoApp.CreateBuilder(args));
            await app.Services.InitializeDatabaseAsync(ct);
            await app.RunAsync();
            return 0;
        });
        return command;
    }
}
