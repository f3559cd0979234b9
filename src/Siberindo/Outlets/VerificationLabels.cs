namespace Siberindo.Outlets;

public static class VerificationLabels
{
    public static string Of(VerificationStatus status) => status switch
    {
        VerificationStatus.Factual => "Terverifikasi faktual",
        VerificationStatus.Administrative => "Terverifikasi administratif",
        _ => "Belum terverifikasi",
    };
}
