using System.Security.Cryptography;

namespace Siberindo.Portal;

/// <summary>Version stamps for static files, so they can be cached for a year and still change on deploy.</summary>
public static class StaticAssets
{
    public static string CssVersion { get; private set; } = "0";

    public static void Stamp(IWebHostEnvironment env)
    {
        var css = env.WebRootFileProvider.GetFileInfo("css/site.css");
        if (!css.Exists) return;
        using var stream = css.CreateReadStream();
        CssVersion = Convert.ToHexStringLower(SHA256.HashData(stream))[..12];
    }
}
