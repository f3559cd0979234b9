using Microsoft.Playwright;

namespace Siberindo.Tests.Infrastructure;

/// <summary>Debian's Chromium driven by Playwright: headless, no sandbox (CI runs as root), a fresh profile, no background traffic.</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowserContext Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
                throw new InvalidOperationException($"{ExecutablePath} is missing under CI=true: .ci/run must install chromium.");
            throw new SkipException($"Install Debian's chromium ({ExecutablePath}) to run browser tests.");
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchPersistentContextAsync(Directory.CreateTempSubdirectory("chromium-").FullName, new BrowserTypeLaunchPersistentContextOptions
        {
            ViewportSize = new() { Width = 390, Height = 844 },
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
            ],
        });
        return (playwright, browser);
    }
}
