namespace Siberindo.Boards;

public static class BoardLabels
{
    public static string Of(OfficerPosition position) => position switch
    {
        OfficerPosition.Ketua => "Ketua",
        OfficerPosition.WakilKetua => "Wakil ketua",
        OfficerPosition.Sekretaris => "Sekretaris",
        OfficerPosition.WakilSekretaris => "Wakil sekretaris",
        OfficerPosition.Bendahara => "Bendahara",
        OfficerPosition.WakilBendahara => "Wakil bendahara",
        OfficerPosition.KetuaBidang => "Ketua bidang",
        _ => "Anggota",
    };

    public static string Of(BoardLevel level) => level switch
    {
        BoardLevel.National => "Pengurus pusat",
        BoardLevel.Province => "Pengurus provinsi",
        _ => "Pengurus kabupaten/kota",
    };
}
