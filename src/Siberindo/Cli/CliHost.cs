using System.CommandLine;
using Siberindo.Hosting;
using Siberindo.Storage;

namespace Siberindo.Cli;

/// <summary>
/// Runs a command against the same services as the server (same configuration, same database), without serving.
/// Tokens the command does not know become configuration, e.g. <c>--Database:Provider=Postgres</c>.
/// </summary>
public static class CliHost
{
    public static async Task<WebApplication> StartAsync(ParseResult parse, CancellationToken ct)
    {
        var args = parse.UnmatchedTokens.Append("--Logging:LogLevel:Default=Warning").ToArray();
        var app = SiberindoApp.Build(SiberindoApp.CreateBuilder(args));
        await app.Services.InitializeDatabaseAsync(ct);
        return app;
    }

    public static T Command<T>(T command) where T : Command
    {
        command.TreatUnmatchedTokensAsErrors = false;
        return command;
    }
}
