namespace Siberindo.Partners;

/// <summary>Configuration section "Partners".</summary>
public sealed class PartnerOptions
{
    public const string Section = "Partners";

    /// <summary>Agreements ending within this many days are listed as reminders (as certificates are: Verification:ExpiryWarningDays).</summary>
    public int AgreementReminderDays { get; set; } = 90;
}
