using System.ComponentModel.DataAnnotations;
using Siberindo.Boards;

namespace Siberindo.Boards.Pages;

/// <summary>The board's term form, posted as Term.*; shown with the stored term until a refused post brings its own.</summary>
public sealed class BoardTermForm
{
    [Display(Name = "Awal masa bakti")]
    public DateOnly TermStart { get; set; }
    [Display(Name = "Akhir masa bakti")]
    public DateOnly TermEnd { get; set; }
    [Display(Name = "Tanggal pengukuhan")]
    public DateOnly? InauguratedOn { get; set; }
    [Display(Name = "Nomor SK")]
    public string? DecreeNumber { get; set; }

    public static BoardTermForm From(Board b) =>
        new() { TermStart = b.TermStart, TermEnd = b.TermEnd, InauguratedOn = b.InauguratedOn, DecreeNumber = b.DecreeNumber };
}

/// <summary>The new officer form, posted as Officer.*.</summary>
public sealed class OfficerForm
{
    [Display(Name = "Jabatan")]
    public OfficerPosition Position { get; set; }
    [Display(Name = "Nama")]
    public string? Name { get; set; }
    [Display(Name = "Nomor media asal (opsional)")]
    public int? OutletId { get; set; }
}

/// <summary>The new work-program item form, posted as Item.*.</summary>
public sealed class WorkItemForm
{
    [Display(Name = "Tahun")]
    public int Year { get; set; }
    [Display(Name = "Butir program")]
    public string? Title { get; set; }
}
