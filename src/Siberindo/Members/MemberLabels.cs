namespace Siberindo.Members;

public static class MemberLabels
{
    public static string Of(MembershipStatus status) => status switch
    {
        MembershipStatus.Applicant => "Pemohon",
        MembershipStatus.Member => "Anggota",
        MembershipStatus.Suspended => "Dibekukan",
        MembershipStatus.Left => "Keluar",
        _ => status.ToString(),
    };

    public static string Of(LegalForm form) => form switch
    {
        LegalForm.PT => "PT",
        LegalForm.PTPerorangan => "PT perorangan",
        LegalForm.Koperasi => "Koperasi",
        LegalForm.Yayasan => "Yayasan",
        LegalForm.CV => "CV",
        _ => "Belum diisi",
    };

    public static string Of(UkwLevel level) => level switch
    {
        UkwLevel.Muda => "Wartawan Muda",
        UkwLevel.Madya => "Wartawan Madya",
        UkwLevel.Utama => "Wartawan Utama",
        _ => "Belum UKW",
    };

    public static string Of(PositionRole role) => role switch
    {
        PositionRole.PenanggungJawab => "Penanggung jawab",
        PositionRole.PemimpinRedaksi => "Pemimpin redaksi",
        PositionRole.PemimpinPerusahaan => "Pemimpin perusahaan",
        PositionRole.Redaktur => "Redaktur",
        PositionRole.Wartawan => "Wartawan",
        _ => role.ToString(),
    };

    /// <summary>Which status changes the lifecycle allows: applicant to member, member to suspended or left, and back.</summary>
    public static bool CanMove(MembershipStatus from, MembershipStatus to) => (from, to) switch
    {
        (MembershipStatus.Applicant, MembershipStatus.Member or MembershipStatus.Left) => true,
        (MembershipStatus.Member, MembershipStatus.Suspended or MembershipStatus.Left) => true,
        (MembershipStatus.Suspended, MembershipStatus.Member or MembershipStatus.Left) => true,
        (MembershipStatus.Left, MembershipStatus.Applicant) => true,
        _ => false,
    };
}
