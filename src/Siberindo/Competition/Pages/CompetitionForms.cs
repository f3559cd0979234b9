using System.ComponentModel.DataAnnotations;

namespace Siberindo.Competition.Pages;

/// <summary>The entry form's picture slot, posted as Photo.* (<see cref="EntryPictures.Field"/>), named as <see cref="PictureUpload"/> names its parts.</summary>
public sealed class EntryPhotoForm
{
    [Display(Name = "Berkas")]
    public IFormFile? Content { get; set; }
    [Display(Name = "Keterangan")]
    public string? Caption { get; set; }
    [Display(Name = "Kredit foto")]
    public string? Credit { get; set; }
    [Display(Name = "Teks alternatif (apa yang terlihat di foto)")]
    public string? Alt { get; set; }
}

/// <summary>The round page's new criterion form, posted as Criterion.*.</summary>
public sealed class CriterionForm
{
    [Display(Name = "Kriteria")]
    public string? Name { get; set; }
    [Display(Name = "Keterangan")]
    public string? Description { get; set; }
    [Display(Name = "Bobot")]
    public decimal Weight { get; set; } = 1;
    [Display(Name = "Nilai maksimal")]
    public int MaxScore { get; set; } = 10;
    [Display(Name = "Dihitung dalam total")]
    public bool Counted { get; set; } = true;
}

/// <summary>The round page's new judge form, posted as Judge.*.</summary>
public sealed class JudgeForm
{
    [Display(Name = "Nama juri")]
    public string? Name { get; set; }
    [Display(Name = "Email")]
    public string? Email { get; set; }
    [Display(Name = "Kode provinsi tempat juri menjadi pengurus (opsional)")]
    public string? BoardProvinceCode { get; set; }
    [Display(Name = "Nama keluarga yang dinyatakan, dipisah koma")]
    public string? FamilyNames { get; set; }
}

/// <summary>The round page's conflict form, for any of its judges, posted as Conflict.*.</summary>
public sealed class ConflictForm
{
    [Display(Name = "Juri")]
    public int JudgeId { get; set; }
    [Display(Name = "Jenis")]
    public ConflictType Type { get; set; }
    [Display(Name = "Media (nama atau domain)")]
    public string? Outlet { get; set; }
    [Display(Name = "Catatan")]
    public string? Note { get; set; }
}

/// <summary>The round page's publication form, posted as Publish.*.</summary>
public sealed class PublishForm
{
    [Display(Name = "Catatan dewan juri")]
    public string? JuryNotes { get; set; }
    /// <summary>Entries beyond the winners to put in the book, one checkbox per ranked entry.</summary>
    public List<int> AlsoInBook { get; set; } = [];
}

/// <summary>A judge's own declaration of family names and a province board, one per round they sit on (Names[judge id].*).</summary>
public sealed class DeclarationForm
{
    [Display(Name = "Nama keluarga Anda dan kerabat dekat, dipisah koma")]
    public string? FamilyNames { get; set; }
    [Display(Name = "Saya pengurus SMSI provinsi (atau kabupaten/kota di dalamnya)")]
    public string? BoardProvinceCode { get; set; }
}

/// <summary>A judge's own conflict with an outlet, one form per round they sit on (Outlets[judge id].*).</summary>
public sealed class OwnConflictForm
{
    [Display(Name = "Media")]
    public string? Outlet { get; set; }
    [Display(Name = "Jenis")]
    public ConflictType Type { get; set; }
    [Display(Name = "Keterangan (opsional)")]
    public string? Note { get; set; }
}
