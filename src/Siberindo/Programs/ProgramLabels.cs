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
        EventKind.CekFakta => "Pelatihan cek fakta",
        _ => "Kegiatan lain",
    };

    /// <summary>Events people register for and get a certificate of: trainings and seminars, not work meetings.</summary>
    public static bool IsTraining(EventKind kind) => kind is EventKind.Bimtek or EventKind.Seminar or EventKind.Pelatihan or EventKind.CekFakta;

    /// <summary>The training kinds, for queries (<c>TrainingKinds.Contains(e.Kind)</c>).</summary>
    public static readonly EventKind[] TrainingKinds = Enum.GetValues<EventKind>().Where(IsTraining).ToArray();

    public static string Of(WorkItemStatus status) => status switch
    {
        WorkItemStatus.Planned => "Direncanakan",
        WorkItemStatus.InProgress => "Berjalan",
        WorkItemStatus.Done => "Selesai",
        _ => "Dibatalkan",
    };
}
