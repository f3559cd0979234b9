using System.CommandLine;
using Siberindo.Hosting;
using Siberindo.Storage;

namespace Siberindo.Cli;

public static class ServeCommand
{
    public static Command Create()
    {
        var command = CliHost.Command(new Command("serve", "Run the portal, the admin pages, the API and the crawler. " +
            "ASP.NET options pass through, e.g. --urls http://127.0.0.1:8080 or --Database:Provider=Postgres."));
        command.SetAction(async (parse, ct) =>
        {
            var app = SiberindoApp.Build(SiberindoApp.CreateBuilder(parse.UnmatchedTokens.ToArray()));
            await app.Services.InitializeDatabaseAsync(ct);
            await app.RunAsync();
            return 0;
        });
        return command;
    }
}
