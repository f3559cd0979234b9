namespace Siberindo.Releases;

public static class ActivityLabels
{
    public static string Of(ActivityKind kind) => kind switch
    {
        ActivityKind.Delivered => "dikirim ke kotak masuk",
        ActivityKind.Mailed => "email terkirim",
        ActivityKind.MailFailed => "email gagal",
        ActivityKind.WebhookSent => "webhook terkirim",
        ActivityKind.WebhookFailed => "webhook gagal, dicoba lagi",
        ActivityKind.WebhookGaveUp => "webhook dihentikan",
        ActivityKind.Opened => "dibuka",
        _ => "lampiran diunduh",
    };
}
