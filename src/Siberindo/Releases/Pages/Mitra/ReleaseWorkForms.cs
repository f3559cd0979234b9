using System.ComponentModel.DataAnnotations;

namespace Siberindo.Releases.Pages.Mitra;

// The release page's forms besides the release fields (Input.*), each posted under its own name so their ids stay
// apart and a refusal is shown in the form it came from. Their field names are ReleaseService's capitalised parameters.

/// <summary>The schedule form, posted as Schedule.*.</summary>
public sealed class ScheduleForm
{
    /// <summary>As typed, in Western Indonesian Time (WIB).</summary>
    [Display(Name = "Embargo sampai (WIB; kosongkan untuk terbit sekarang)")]
    public DateTime? EmbargoUntil { get; set; }
}

/// <summary>The correction form of a published release, posted as Correction.*.</summary>
public sealed class CorrectionForm
{
    [Display(Name = "Judul")]
    public string? Headline { get; set; }
    [Display(Name = "Isi")]
    public string? BodyHtml { get; set; }
    [Display(Name = "Apa yang dikoreksi")]
    public string? Note { get; set; }
}

/// <summary>The attachment upload, posted as Attachment.*.</summary>
public sealed class AttachmentForm
{
    [Display(Name = "Berkas (JPEG, PNG, WebP sampai 5 MB; PDF sampai 10 MB)")]
    public IFormFile? File { get; set; }
    [Display(Name = "Keterangan")]
    public string? Caption { get; set; }
}

/// <summary>The withdrawal form, posted as Withdrawal.*.</summary>
public sealed class WithdrawalForm
{
    [Display(Name = "Alasan (ditampilkan)")]
    public string? Reason { get; set; }
}
