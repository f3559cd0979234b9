using System.ComponentModel.DataAnnotations;

namespace Siberindo.Legal.Pages;

/// <summary>The case page's status form, posted as StatusChange.*.</summary>
public sealed class CaseStatusForm
{
    [Display(Name = "Ubah status")]
    public LegalCaseStatus? Status { get; set; }
}

/// <summary>The case page's new party form, posted as Party.*.</summary>
public sealed class CasePartyForm
{
    [Display(Name = "Nama pihak")]
    public string? Name { get; set; }
    [Display(Name = "Peran")]
    public LegalPartyRole Role { get; set; }
    [Display(Name = "Keterangan (opsional)")]
    public string? Note { get; set; }
}

/// <summary>The case page's new chronology entry form, posted as Entry.*.</summary>
public sealed class CaseEntryForm
{
    [Display(Name = "Tanggal")]
    public DateOnly? On { get; set; }
    [Display(Name = "Peristiwa")]
    public string? Text { get; set; }
}

/// <summary>The case page's document upload form, posted as Document.*.</summary>
public sealed class CaseDocumentForm
{
    [Display(Name = "Judul dokumen")]
    public string? Title { get; set; }
    [Display(Name = "Berkas (PDF paling besar 10 MB; foto JPEG, PNG atau WebP paling besar 5 MB)")]
    public IFormFile? File { get; set; }
}

/// <summary>The case page's helper form, posted as Helper.*.</summary>
public sealed class CaseHelperForm
{
    [Display(Name = "Email akun pengurus")]
    public string? Email { get; set; }
}
