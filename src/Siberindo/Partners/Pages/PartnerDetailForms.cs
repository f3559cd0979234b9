using System.ComponentModel.DataAnnotations;

namespace Siberindo.Partners.Pages;

/// <summary>The partner page's new agreement form, posted as Agreement.*.</summary>
public sealed class AgreementForm
{
    [Display(Name = "Pengurus")]
    public int BoardId { get; set; }
    [Display(Name = "Judul")]
    public string? Title { get; set; }
    [Display(Name = "Nomor perjanjian")]
    public string? Number { get; set; }
    [Display(Name = "Ruang lingkup")]
    public string? Scope { get; set; }
    [Display(Name = "Mulai")]
    public DateOnly? StartsOn { get; set; }
    [Display(Name = "Berakhir")]
    public DateOnly? EndsOn { get; set; }
    [Display(Name = "Status")]
    public AgreementStatus Status { get; set; }
}

/// <summary>The partner page's new staff account form, posted as Account.*.</summary>
public sealed class PartnerAccountForm
{
    [Display(Name = "Email")]
    public string? Email { get; set; }
    [Display(Name = "Nama")]
    public string? DisplayName { get; set; }
}
