using System.ComponentModel.DataAnnotations;
using Siberindo.Members;
using Siberindo.Outlets;

namespace Siberindo.Verification.Pages;

/// <summary>The Dewan Pers status form, posted as Status.*; shown with the stored status until a refused post brings its own.</summary>
public sealed class VerificationStatusForm
{
    [Display(Name = "Status")]
    public VerificationStatus Status { get; set; }
    [Display(Name = "Tanggal verifikasi administratif")]
    public DateOnly? AdministrativeOn { get; set; }
    [Display(Name = "Tanggal verifikasi faktual")]
    public DateOnly? FactualOn { get; set; }
    [Display(Name = "Nomor sertifikat (faktual)")]
    public string? CertificateNumber { get; set; }

    public VerificationDraft ToDraft() => new(Status, AdministrativeOn, FactualOn, CertificateNumber);

    public static VerificationStatusForm From(Outlet outlet, MemberRecord? r) => new()
        { Status = outlet.Verification, AdministrativeOn = r?.AdministrativeOn, FactualOn = r?.FactualOn, CertificateNumber = r?.CertificateNumber };
}

/// <summary>The manual checklist finding form, posted as Finding.*.</summary>
public sealed class FindingForm
{
    [Display(Name = "Butir yang diperiksa manual")]
    public string Item { get; set; } = "";
    [Display(Name = "Hasil")]
    public bool Met { get; set; } = true;
    [Display(Name = "Bukti (dokumen, tanggal, pemeriksa)")]
    public string? Note { get; set; }
}

/// <summary>The new assistance case form, posted as NewCase.*.</summary>
public sealed class CaseForm
{
    [Display(Name = "Target")]
    public VerificationStatus Target { get; set; }
    [Display(Name = "Pendamping")]
    public string? Mentor { get; set; }
    [Display(Name = "Langkah berikut")]
    public string? NextAction { get; set; }
    [Display(Name = "Tanggal langkah berikut")]
    public DateOnly? NextOn { get; set; }
}
