using System.ComponentModel.DataAnnotations;

namespace Siberindo.Releases.Pages.Mitra;

/// <summary>
/// The release form's fields as posted (Input.*, bound with asp-for); regency codes are typed in one field, separated
/// by spaces or commas. The names are <see cref="ReleaseForm"/>'s, so a refusal from the service names its field here.
/// </summary>
public sealed class ReleaseFormInput
{
    [Display(Name = "Judul")]
    public string? Headline { get; set; }
    [Display(Name = "Dateline")]
    public string? Dateline { get; set; }
    [Display(Name = "Isi rilis (HTML sederhana: <p>, <strong>, <a>)")]
    public string? BodyHtml { get; set; }
    [Display(Name = "Tentang lembaga (boilerplate)")]
    public string? Boilerplate { get; set; }
    [Display(Name = "Kontak media")]
    public string? Contacts { get; set; }
    [Display(Name = "Kategori")]
    public ReleaseCategory Category { get; set; }
    [Display(Name = "Urgensi (1 paling mendesak, 9 biasa)")]
    public int Urgency { get; set; } = 5;
    [Display(Name = "Ketentuan penggunaan")]
    public string? UsageTerms { get; set; }
    [Display(Name = "Catatan untuk redaksi (tidak dimuat)")]
    public string? EdNote { get; set; }
    [Display(Name = "Nasional (semua media anggota)")]
    public bool National { get; set; }
    [Display(Name = "Provinsi")]
    public List<string> Provinces { get; set; } = [];
    [Display(Name = "Kabupaten/kota (kode Kemendagri, pisahkan dengan spasi)")]
    public string? Regencies { get; set; }

    // An empty option binds as a null entry.
    public ReleaseForm ToForm() => new(Headline, Dateline, BodyHtml, Boilerplate, Contacts, Category, Urgency, UsageTerms, EdNote, National,
        Provinces.Where(p => !string.IsNullOrWhiteSpace(p)).ToList(),
        (Regencies ?? "").Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries).ToList());

    public static ReleaseFormInput From(Release r) => new()
    {
        Headline = r.Headline, Dateline = r.Dateline, BodyHtml = r.BodyHtml, Boilerplate = r.Boilerplate, Contacts = r.Contacts, Category = r.Category,
        Urgency = r.Urgency, UsageTerms = r.UsageTerms, EdNote = r.EdNote, National = r.National,
        Provinces = r.Targets.Where(t => t.RegencyCode == null).Select(t => t.ProvinceCode!).ToList(),
        Regencies = string.Join(' ', r.Targets.Where(t => t.RegencyCode != null).Select(t => t.RegencyCode!)),
    };

    /// <summary>The embargo as typed in a datetime-local field, read as Western Indonesian Time (WIB), in UTC.</summary>
    public static DateTime? EmbargoUtc(DateTime? wib) => wib is { } local ? DateTime.SpecifyKind(local - Core.Regions.IndonesianTime.Wib, DateTimeKind.Utc) : null;

    /// <summary>An embargo in UTC as the datetime-local field shows it, in WIB.</summary>
    public static DateTime? EmbargoWib(DateTime? utc) => utc is { } e ? DateTime.SpecifyKind(e + Core.Regions.IndonesianTime.Wib, DateTimeKind.Unspecified) : null;
}
