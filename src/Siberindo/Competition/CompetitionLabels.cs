namespace Siberindo.Competition;

/// <summary>Bahasa Indonesia labels of the competition's states.</summary>
public static class CompetitionLabels
{
    public static string Of(RoundPhase phase) => phase switch
    {
        RoundPhase.Call => "Pengumuman",
        RoundPhase.Submission => "Pengiriman naskah",
        RoundPhase.Judging => "Penjurian",
        RoundPhase.Results => "Hasil diumumkan",
        _ => phase.ToString(),
    };

    public static string Of(ConflictType type) => type switch
    {
        ConflictType.Institutional => "Kelembagaan",
        ConflictType.Collaborator => "Rekan kerja",
        ConflictType.Personal => "Pribadi/keluarga",
        _ => type.ToString(),
    };

    public static string Of(Core.Competition.ConflictReason reason) => reason switch
    {
        Core.Competition.ConflictReason.SameOutlet => "media yang sama",
        Core.Competition.ConflictReason.SameProvinceBoard => "pengurus provinsi yang sama",
        Core.Competition.ConflictReason.FamilyName => "nama keluarga yang dinyatakan",
        Core.Competition.ConflictReason.Declared => "konflik yang dinyatakan",
        _ => "—",
    };
}
