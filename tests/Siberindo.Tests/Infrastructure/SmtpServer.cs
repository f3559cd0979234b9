using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Siberindo.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on a loopback port: Debian's aiosmtpd (python3-aiosmtpd, installed by scripts/test.sh) with its
/// debugging handler, which prints every message it receives; tests read what arrived from its output.
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    public int Port { get; }

    private SmtpServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public static async Task<SmtpServer> StartAsync()
    {
        // Like the PostgreSQL tests: skipped on a developer machine without the package, a failure under CI.
        if (!Installed())
        {
            if (Environment.GetEnvironmentVariable("CI") == "true") throw new InvalidOperationException("python3-aiosmtpd is not installed");
            Skip.If(true, "python3-aiosmtpd is not installed (apt-get install python3-aiosmtpd)");
        }
        var port = FreePort();
        var process = new Process
        {
            StartInfo = new ProcessStartInfo("/usr/bin/python3", $"-u -m aiosmtpd -n -l 127.0.0.1:{port}")
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            },
        };
        var server = new SmtpServer(process, port);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (server._output) server._output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (server._output) server._output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new InvalidOperationException($"aiosmtpd did not listen on port {port}: {server.Output}");
    }

    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>Waits until the server has printed a message containing every given text.</summary>
    public async Task<string> WaitForAsync(params string[] texts)
    {
        for (var i = 0; i < 200; i++)
        {
            var output = Output;
            if (texts.All(output.Contains)) return output;
            await Task.Delay(50);
        }
        throw new Xunit.Sdk.XunitException($"No message with [{string.Join(", ", texts)}] arrived. Server output:\n{Output}");
    }

    private static bool Installed()
    {
        if (!File.Exists("/usr/bin/python3")) return false;
        using var check = Process.Start(new ProcessStartInfo("/usr/bin/python3", "-c \"import aiosmtpd\"") { RedirectStandardError = true })!;
        check.WaitForExit();
        return check.ExitCode == 0;
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
