using System.ComponentModel.DataAnnotations;
using Siberindo.Members;

namespace Siberindo.Members.Pages;

/// <summary>The membership status form, posted as StatusChange.*.</summary>
public sealed class StatusChangeForm
{
    [Display(Name = "Ubah status menjadi")]
    public MembershipStatus Status { get; set; }
    [Display(Name = "Tanggal")]
    public DateOnly? On { get; set; }
    [Display(Name = "Catatan")]
    public string? Note { get; set; }
}

/// <summary>The company form, posted as Company.*; shown with the stored papers until a refused post brings its own.</summary>
public sealed class CompanyForm
{
    [Display(Name = "Badan hukum")]
    public LegalForm LegalForm { get; set; }
    [Display(Name = "Nomor akta pendirian")]
    public string? DeedNumber { get; set; }
    [Display(Name = "Tanggal akta")]
    public DateOnly? DeedDate { get; set; }
    [Display(Name = "Maksud dan tujuan akta: usaha pers (KBLI 63122)")]
    public bool DeedNamesPressBusiness { get; set; }
    [Display(Name = "Nomor SK Kemenkumham")]
    public string? KemenkumhamSk { get; set; }
    [Display(Name = "Modal dasar (rupiah)")]
    public long? CapitalRupiah { get; set; }
    [Display(Name = "Alamat kantor")]
    public string? Address { get; set; }
    [Display(Name = "Jumlah karyawan")]
    public int? StaffCount { get; set; }
    [Display(Name = "Alamat perusahaan")]
    public bool PublishesAddress { get; set; }
    [Display(Name = "Boks redaksi")]
    public bool PublishesMasthead { get; set; }
    [Display(Name = "Pedoman Pemberitaan Media Siber")]
    public bool PublishesCyberGuideline { get; set; }

    public CompanyDraft ToDraft() => new(LegalForm, DeedNumber, DeedDate, KemenkumhamSk, CapitalRupiah, DeedNamesPressBusiness, Address, StaffCount,
        PublishesAddress, PublishesMasthead, PublishesCyberGuideline);

    public static CompanyForm From(MemberRecord r) => new()
    {
        LegalForm = r.LegalForm, DeedNumber = r.DeedNumber, DeedDate = r.DeedDate, DeedNamesPressBusiness = r.DeedNamesPressBusiness,
        KemenkumhamSk = r.KemenkumhamSk, CapitalRupiah = r.CapitalRupiah, Address = r.Address, StaffCount = r.StaffCount,
        PublishesAddress = r.PublishesAddress, PublishesMasthead = r.PublishesMasthead, PublishesCyberGuideline = r.PublishesCyberGuideline,
    };
}

/// <summary>The new person-and-post form, posted as Person.*.</summary>
public sealed class PersonForm
{
    [Display(Name = "Jabatan")]
    public PositionRole Role { get; set; }
    [Display(Name = "Nama")]
    public string? Name { get; set; }
    [Display(Name = "Jenjang UKW")]
    public UkwLevel Ukw { get; set; }
    [Display(Name = "Nomor sertifikat UKW")]
    public string? Certificate { get; set; }
}
