using Siberindo.Cli;

namespace Siberindo.Tests.Infrastructure;

/// <summary>Runs a `siberindo` command in-process, as the executable would, capturing what it prints.</summary>
public static class CliRunner
{
    private static readonly SemaphoreSlim ConsoleLock = new(1, 1);

    public static Task<(int Exit, string Out, string Err)> RunAsync(params string[] args) => RunWithInputAsync("", args);

    public static async Task<(int Exit, string Out, string Err)> RunWithInputAsync(string input, params string[] args)
    {
        // Console is process-wide: commands that print run one at a time.
        await ConsoleLock.WaitAsync();
        var (stdin, stdout, stderr) = (Console.In, Console.Out, Console.Error);
        var (capturedOut, capturedErr) = (new StringWriter(), new StringWriter());
        try
        {
            Console.SetIn(new StringReader(input));
            Console.SetOut(capturedOut);
            Console.SetError(capturedErr);
            var exit = await SiberindoCommands.Create().Parse(args).InvokeAsync();
            return (exit, capturedOut.ToString(), capturedErr.ToString());
        }
        finally
        {
            Console.SetIn(stdin);
            Console.SetOut(stdout);
            Console.SetError(stderr);
            ConsoleLock.Release();
        }
    }
}
