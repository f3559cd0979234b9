using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Siberindo.Stories.Corrections;

/// <summary>Sends plain-text notices through the configured SMTP server (MailKit); does nothing when mail is not configured.</summary>
public sealed class Mailer(IOptions<SmtpOptions> options, ILogger<Mailer> logger)
{
    public bool Configured => options.Value.Configured;

    public async Task<bool> SendAsync(IReadOnlyCollection<string> to, string subject, string text, CancellationToken ct = default)
    {
        var smtp = options.Value;
        if (!smtp.Configured || to.Count == 0) return false;
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From));
        foreach (var address in to) message.To.Add(MailboxAddress.Parse(address));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = text };
        try
        {
            using var client = new SmtpClient();
            client.Timeout = 30_000;
            await client.ConnectAsync(smtp.Host!, smtp.Port, Enum.Parse<SecureSocketOptions>(smtp.Security, ignoreCase: true), ct);
            if (!string.IsNullOrEmpty(smtp.User)) await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", ct);
            await client.SendAsync(message, ct);
            await client.DisconnectAsync(true, ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A notice that cannot go out must not undo the correction: the dashboard still lists it.
            logger.LogWarning(e, "Could not send mail '{Subject}' through {Host}:{Port}", subject, smtp.Host, smtp.Port);
            return false;
        }
    }
}
