using System.ComponentModel.DataAnnotations;

namespace Siberindo.Reports.Pages;

/// <summary>One section of the report editor: the new one posted as New.*, an existing one as Edits[id].*.</summary>
public sealed class ReportSectionForm
{
    [Display(Name = "Urutan")]
    public int? Position { get; set; }
    [Display(Name = "Judul")]
    public string? Title { get; set; }
    [Display(Name = "Isi")]
    public string? Body { get; set; }
}
