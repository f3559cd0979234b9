using System.Diagnostics;

namespace Siberindo.Tests.Infrastructure;

/// <summary>A real `siberindo` process (the test output holds siberindo.dll), for tests that kill a node.</summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _output = new();
    public int Id => _process.Id;
    public string Output { get { lock (_output) return _output.ToString(); } }

    private NodeProcess(Process process) => _process = process;

    public static NodeProcess Start(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "siberindo.dll");
        var info = new ProcessStartInfo("dotnet", [dll, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        var node = new NodeProcess(Process.Start(info)!);
        node._process.OutputDataReceived += (_, e) => { lock (node._output) node._output.AppendLine(e.Data); };
        node._process.ErrorDataReceived += (_, e) => { lock (node._output) node._output.AppendLine(e.Data); };
        node._process.BeginOutputReadLine();
        node._process.BeginErrorReadLine();
        return node;
    }

    /// <summary>Ends the process at once, as a crash or a power cut would: no clean shutdown, no lease released.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
