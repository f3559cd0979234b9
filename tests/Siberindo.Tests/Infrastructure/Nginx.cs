using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Siberindo.Tests.Infrastructure;

/// <summary>
/// Debian's nginx running the repository's own configuration (deploy/nginx) on a loopback port, in front of the
/// given web nodes. Only the site-specific values change: the listen address, the list of nodes and the cache folder.
/// </summary>
public sealed class Nginx : IAsyncDisposable
{
    private const string Executable = "/usr/sbin/nginx";
    /// <summary>Where deploy/nginx keeps its micro-cache; a folder of the test's own here.</summary>
    private const string CachePath = "/var/cache/nginx/siberindo";
    private readonly Process _process;
    private readonly DirectoryInfo _folder;
    public Uri BaseAddress { get; }

    private Nginx(Process process, DirectoryInfo folder, Uri baseAddress)
    {
        _process = process;
        _folder = folder;
        BaseAddress = baseAddress;
    }

    public static async Task<Nginx> StartAsync(params Uri[] webNodes)
    {
        if (!File.Exists(Executable))
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
                throw new InvalidOperationException($"{Executable} is missing under CI=true: scripts/test.sh must install nginx.");
            throw new SkipException("Install Debian's nginx to run this test.");
        }
        var folder = Directory.CreateTempSubdirectory("nginx-");
        var port = FreePort();
        var deploy = Path.Combine(Repository.Root, "deploy", "nginx");

        var upstream = File.ReadAllText(Path.Combine(deploy, "upstream.conf"));
        var servers = string.Join("\n", webNodes.Select(n => $"    server {n.Host}:{n.Port} max_fails=2 fail_timeout=5s;"));
        upstream = System.Text.RegularExpressions.Regex.Replace(upstream, @"(?m)^\s*server [^\n]*\n", "");
        upstream = upstream.Replace("upstream siberindo_web {", "upstream siberindo_web {\n" + servers);
        File.WriteAllText(Path.Combine(folder.FullName, "upstream.conf"), upstream);

        var site = File.ReadAllText(Path.Combine(deploy, "siberindo.conf"));
        Assert.Contains("listen 80;", site);
        Assert.Contains(CachePath, site);
        site = site.Replace("listen 80;", $"listen 127.0.0.1:{port};").Replace(CachePath, Path.Combine(folder.FullName, "cache"));
        File.WriteAllText(Path.Combine(folder.FullName, "siberindo.conf"), site);

        var f = folder.FullName;
        File.WriteAllText(Path.Combine(f, "nginx.conf"), $$"""
            worker_processes 1;
            master_process off;
            daemon off;
            pid {{f}}/nginx.pid;
            error_log {{f}}/error.log warn;
            events { worker_connections 512; }
            http {
                include /etc/nginx/mime.types;
                access_log off;
                client_body_temp_path {{f}}/body;
                proxy_temp_path {{f}}/proxy;
                fastcgi_temp_path {{f}}/fastcgi;
                uwsgi_temp_path {{f}}/uwsgi;
                scgi_temp_path {{f}}/scgi;
                include {{f}}/upstream.conf;
                include {{f}}/siberindo.conf;
            }
            """);
        var process = Process.Start(new ProcessStartInfo(Executable, ["-p", f, "-c", Path.Combine(f, "nginx.conf")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var nginx = new Nginx(process, folder, new Uri($"http://127.0.0.1:{port}/"));
        for (var i = 0; i < 100; i++)
        {
            if (process.HasExited)
                throw new InvalidOperationException("nginx stopped: " + await process.StandardError.ReadToEndAsync() + File.ReadAllText(Path.Combine(f, "error.log")));
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return nginx;
            }
            catch (SocketException) { await Task.Delay(50); }
        }
        throw new TimeoutException("nginx did not start listening");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(5000);
        _process.Dispose();
        try { _folder.Delete(recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }
}
