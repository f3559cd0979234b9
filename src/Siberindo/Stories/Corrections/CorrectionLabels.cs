namespace Siberindo.Stories.Corrections;

public static class CorrectionLabels
{
    public static string Of(CorrectionKind kind) => kind switch
    {
        CorrectionKind.Ralat => "Ralat",
        CorrectionKind.Koreksi => "Koreksi",
        CorrectionKind.HakJawab => "Hak jawab",
        CorrectionKind.Pencabutan => "Pencabutan berita",
        _ => kind.ToString(),
    };

    public static string Of(RetractionReason reason) => reason switch
    {
        RetractionReason.Sara => "Terkait SARA",
        RetractionReason.Kesusilaan => "Kesusilaan",
        RetractionReason.MasaDepanAnak => "Masa depan anak",
        RetractionReason.TraumaKorban => "Pengalaman traumatik korban",
        RetractionReason.KeputusanDewanPers => "Keputusan Dewan Pers",
        _ => reason.ToString(),
    };

    public static string English(CorrectionKind kind) => kind switch
    {
        CorrectionKind.Ralat or CorrectionKind.Koreksi => "correction",
        CorrectionKind.HakJawab => "right of reply",
        _ => "retraction",
    };
}
