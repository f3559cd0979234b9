using Siberindo.Members;

namespace Siberindo.Verification;

/// <summary>
/// The Dewan Pers requirements as configurable rules (section "Verification"): the thresholds change with the
/// council's regulations, so they live in configuration, not in code.
/// </summary>
public sealed class ChecklistOptions
{
    public const string Section = "Verification";

    public List<LegalForm> AllowedLegalForms { get; set; } = [LegalForm.PT, LegalForm.Koperasi, LegalForm.Yayasan];
    public long MinimumCapitalRupiah { get; set; } = 50_000_000;
    public UkwLevel EditorInChiefUkw { get; set; } = UkwLevel.Utama;
    /// <summary>One person may be penanggung jawab or pemimpin redaksi of at most this many outlets.</summary>
    public int MaxOutletsPerEditor { get; set; } = 2;
    public bool SeparateBusinessAndEditorial { get; set; } = true;
    public int MinimumStaff { get; set; } = 3;
    /// <summary>Online outlets are expected to publish about 10-15 stories a day.</summary>
    public double MinimumStoriesPerDay { get; set; } = 10;
    public int StoriesWindowDays { get; set; } = 30;
    /// <summary>Items the data cannot settle; an admin records a finding with its evidence.</summary>
    public List<ManualItem> ManualItems { get; set; } =
    [
        new() { Code = "upah-ump", Label = "Upah minimal UMP provinsi, 13 kali setahun" },
        new() { Code = "bpjs", Label = "BPJS Ketenagakerjaan dan Kesehatan untuk karyawan" },
    ];
    public int ExpiryWarningDays { get; set; } = 90;
    public int StalledCaseDays { get; set; } = 30;
}

public sealed class ManualItem
{
    public string Code { get; set; } = "";
    public string Label { get; set; } = "";
}
