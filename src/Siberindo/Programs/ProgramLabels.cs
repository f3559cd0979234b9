namespace Siberindo.Programs;

public static class ProgramLabels
{
    public static string Of(EventKind kind) => kind switch
    {
        EventKind.Bimtek => "Bimbingan teknis (bimtek)",
        EventKind.Rakernas => "Rapat kerja nasional",
        EventKind.Rakerwil => "Rapat kerja wilayah",
        EventKind.Seminar => "Seminar",
        EventKind.Pelatihan => "Pelatihan",
        _ => "Kegiatan lain",
    };

    public static string Of(WorkItemStatus status) => status switch
    {
        WorkItemStatus.Planned => "Direncanakan",
        WorkItemStatus.InProgress => "Berjalan",
        WorkItemStatus.Done => "Selesai",
        _ => "Dibatalkan",
    };
}
