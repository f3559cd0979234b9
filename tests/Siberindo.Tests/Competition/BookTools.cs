using System.Diagnostics;

namespace Siberindo.Tests.Competition;

/// <summary>Debian's epubcheck and poppler's pdftotext/pdfinfo, run on files the product wrote.</summary>
public static class BookTools
{
    public static async Task<string> RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return await output + await error + $"\nexit {process.ExitCode}";
    }

    /// <summary>epubcheck's report; asserts 0 errors and 0 warnings (it prints "No errors or warnings detected.").</summary>
    public static async Task AssertValidEpubAsync(byte[] epub)
    {
        var path = Path.Combine(Path.GetTempPath(), $"siberindo-{Guid.NewGuid():N}.epub");
        await File.WriteAllBytesAsync(path, epub);
        try
        {
            // Debian installs epubcheck as an executable jar, which binfmt runs from a shell but exec cannot.
            var report = await RunAsync("java", "-jar", "/usr/bin/epubcheck", path);
            Assert.True(report.Contains("No errors or warnings detected", StringComparison.Ordinal) && report.EndsWith("exit 0", StringComparison.Ordinal), report);
        }
        finally { File.Delete(path); }
    }

    /// <summary>The text of one page of a PDF, as pdftotext gives it.</summary>
    public static async Task<string> PageTextAsync(string pdfPath, int page) =>
        await RunAsync("pdftotext", "-layout", "-f", page.ToString(), "-l", page.ToString(), pdfPath, "-");
}
