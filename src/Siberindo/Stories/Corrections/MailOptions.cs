namespace Siberindo.Stories.Corrections;

/// <summary>Configuration section "Mail:Smtp". Mail is off while Host is empty.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    /// <summary>The sender, e.g. "Siberindo &lt;redaksi@siberindo.id&gt;".</summary>
    public string From { get; set; } = "Siberindo <noreply@siberindo.local>";
    public string? User { get; set; }
    public string? Password { get; set; }
    /// <summary>Auto (STARTTLS when offered), None, StartTls or SslOnConnect.</summary>
    public string Security { get; set; } = "Auto";

    public bool Configured => !string.IsNullOrWhiteSpace(Host);
}
