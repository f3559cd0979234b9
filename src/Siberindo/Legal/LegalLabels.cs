namespace Siberindo.Legal;

public static class LegalLabels
{
    public static string Of(LegalCaseKind kind) => kind switch
    {
        LegalCaseKind.PressCouncilComplaint => "Pengaduan ke Dewan Pers",
        LegalCaseKind.RightOfReply => "Hak jawab / hak koreksi",
        LegalCaseKind.Threat => "Ancaman atau kekerasan terhadap wartawan",
        LegalCaseKind.CriminalReport => "Laporan pidana atau gugatan",
        _ => "Sengketa pers lain",
    };

    public static string Of(LegalCaseStatus status) => status switch
    {
        LegalCaseStatus.Received => "Diterima",
        LegalCaseStatus.Handling => "Ditangani",
        LegalCaseStatus.Resolved => "Selesai",
        _ => "Ditutup",
    };

    public static string Of(LegalPartyRole role) => role switch
    {
        LegalPartyRole.Member => "Wartawan/media anggota",
        LegalPartyRole.Complainant => "Pengadu/pelapor",
        LegalPartyRole.Reported => "Teradu/terlapor",
        LegalPartyRole.Counsel => "Kuasa hukum",
        LegalPartyRole.Witness => "Saksi",
        _ => "Lembaga (Dewan Pers, kepolisian, pengadilan)",
    };

    public static bool IsClosed(LegalCaseStatus status) => status is LegalCaseStatus.Resolved or LegalCaseStatus.Closed;
}
