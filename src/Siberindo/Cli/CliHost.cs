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
    public static Task<WebApplication> StartAsync(ParseResult parse, CancellationToken ct) => StartAsync(parse.UnmatchedTokens, ct);

    /// <summary>For commands with optional or variadic arguments, which take configuration tokens as values: pass them here.</summary>
    public static async Task<WebApplication> StartAsync(IEnumerable<string> configurationTokens, CancellationToken ct)
    {
        // Logs go to stderr: stdout carries the command's output (JSON lines, CSV) for scripts.
        var args = configurationTokens.Append("--Logging:LogLevel:Default=Warning").Append("--Logging:Console:LogToStandardErrorThreshold=Trace").ToArray();
        var app = SiberindoApp.Build(SiberindoApp.CreateBuilder(args));
        await app.Services.InitializeDatabaseAsync(ct);
        return app;
    }

    /// <summary>Splits values of an optional or variadic argument into real values and configuration tokens ("--Key=value").</summary>
    public static (List<string> Values, List<string> Configuration) SplitConfiguration(IEnumerable<string> values, ParseResult parse)
    {
        var all = values.ToList();
        var configuration = all.Where(v => v.StartsWith("--", StringComparison.Ordinal)).Concat(parse.UnmatchedTokens).ToList();
        return (all.Where(v => !v.StartsWith("--", StringComparison.Ordinal)).ToList(), configuration);
    }

    public static T Command<T>(T command) where T : Command
    {
        command.TreatUnmatchedTokensAsErrors = false;
        return command;
    }
}
