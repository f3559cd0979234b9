using Siberindo.Core;
using Siberindo.Regions;
using Siberindo.Shared;

namespace Siberindo.Outlets;

/// <summary>Checks an outlet draft on its own (the database checks, such as duplicates, are the registry's).</summary>
public static class OutletRules
{
    /// <summary>The draft's problems, each naming the <see cref="OutletDraft"/> field it is about (the form shows it there).</summary>
    public static List<FormError> Validate(OutletDraft draft, RegionCatalog regions)
    {
        var errors = new List<FormError>();
        if (string.IsNullOrWhiteSpace(draft.Name)) errors.Add(new("Nama media wajib diisi (name is missing).", nameof(OutletDraft.Name)));
        else if (draft.Name.Length > 200) errors.Add(new("Nama media terlalu panjang, maksimal 200 karakter (name longer than 200).", nameof(OutletDraft.Name)));
        if (draft.Email is { Length: > 0 } email && !IsEmail(email))
            errors.Add(new($"Email '{email}' tidak sah (not a valid email address).", nameof(OutletDraft.Email)));
        if (draft.CompanyName is { Length: > 200 }) errors.Add(new("Nama perusahaan maksimal 200 karakter (company name longer than 200).", nameof(OutletDraft.CompanyName)));
        if (NormalizeWebsite(draft.Website) is null)
            errors.Add(new($"Situs '{draft.Website}' bukan URL http/https yang sah (website must be an absolute http or https URL).", nameof(OutletDraft.Website)));
        if (string.IsNullOrWhiteSpace(draft.RegencyCode) || regions.Regency(draft.RegencyCode.Trim()) is null)
            errors.Add(new($"Kode kabupaten/kota '{draft.RegencyCode}' tidak dikenal (unknown regency code; use a Kemendagri code such as 36.71).", nameof(OutletDraft.RegencyCode)));
        if (draft.Verification == VerificationStatus.None && draft.VerifiedOn is not null)
            errors.Add(new("Tanggal verifikasi diisi padahal status belum terverifikasi (verification date given without a status).", nameof(OutletDraft.VerifiedOn)));
        if (draft.VerifiedOn is { } on && on > DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)))
            errors.Add(new("Tanggal verifikasi ada di masa depan (verification date is in the future).", nameof(OutletDraft.VerifiedOn)));
        foreach (var feed in draft.FeedUrls)
            if (!IsHttpUrl(feed)) errors.Add(new($"Feed '{feed}' bukan URL http/https yang sah (feed must be an absolute http or https URL).", nameof(OutletDraft.FeedUrls)));
        if (draft.FeedUrls.Distinct(StringComparer.OrdinalIgnoreCase).Count() != draft.FeedUrls.Count)
            errors.Add(new("Ada feed yang tercantum dua kali (a feed is listed twice).", nameof(OutletDraft.FeedUrls)));
        return errors;
    }

    /// <summary>"https://www.Example.com/" -> "https://www.example.com"; null when not an http(s) URL.</summary>
    public static string? NormalizeWebsite(string? website)
    {
        if (string.IsNullOrWhiteSpace(website)) return null;
        var text = website.Trim();
        if (!text.Contains("://", StringComparison.Ordinal)) text = "https://" + text;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || !IsHttp(uri) || uri.Host.Length == 0) return null;
        return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    /// <summary>The key that identifies an outlet's site: host lower-cased without "www." (port kept).</summary>
    public static string DomainOf(string website)
    {
        var uri = new Uri(website);
        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        host = host.ToLowerInvariant();
        var path = uri.AbsolutePath.Trim('/');
        // Several demo outlets (and some hosted blogs) live under one host: the first path segment tells them apart.
        var key = uri.IsDefaultPort ? host : $"{host}:{uri.Port}";
        return path.Length == 0 ? key : $"{key}/{path.ToLowerInvariant()}";
    }

    public static string SlugOf(string name) => Slug.From(name, 100) is { Length: > 0 } s ? s : "media";

    private static bool IsHttpUrl(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && IsHttp(uri);
    private static bool IsHttp(Uri uri) => uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps;

    /// <summary>One plain address (no display name), at most 320 characters.</summary>
    public static bool IsEmail(string value) =>
        value.Length <= 320 && System.Net.Mail.MailAddress.TryCreate(value.Trim(), out var address) && address.Address == value.Trim();
}
