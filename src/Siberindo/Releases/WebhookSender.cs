using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Siberindo.Core.Feeds.WebSub;
using Siberindo.Partners;
using Siberindo.Regions;
using Siberindo.Storage;

namespace Siberindo.Releases;

/// <summary>
/// Posts release events to outlets' webhooks: ninjs JSON signed with HMAC-SHA256 of the webhook's secret in
/// <c>X-Siberindo-Signature: sha256=hex</c> (the WebSub form, so receivers verify it as they would a hub's). Every call
/// leaves through the crawler's guarded client (no private, loopback or link-local address, no redirects) and is
/// bounded by <see cref="ReleaseOptions.WebhookTimeout"/>; calls run side by side, so a hanging endpoint costs one slot
/// for one timeout. A failure is retried with exponential backoff, and every attempt is logged.
/// </summary>
public sealed class WebhookSender(IHttpClientFactory http, IOptions<ReleaseOptions> options, TimeProvider clock, RegionCatalog regions, ILogger<WebhookSender> logger)
{
    public const string HttpClientName = "release-webhooks";
    public const string SignatureHeader = "X-Siberindo-Signature";

    public async Task<int> SendDueAsync(SiberindoDb db, int max, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<WebhookSend>().Where(s => s.SentAt == null && s.GaveUpAt == null && s.NextAttemptAt <= now)
            .OrderBy(s => s.NextAttemptAt).Take(max).ToListAsync(ct);
        if (due.Count == 0) return 0;
        var hookIds = due.Select(s => s.WebhookId).Distinct().ToList();
        var hooks = await db.Set<ReleaseWebhook>().AsNoTracking().Where(w => hookIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, ct);
        var releaseIds = due.Select(s => s.ReleaseId).Distinct().ToList();
        // The embargo filter again, where the payload is read: a send can only carry a release that is out.
        var releases = await db.Set<Release>().AsNoTracking().Readable(now).Include(r => r.Targets).Where(r => releaseIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        var partnerIds = releases.Values.Select(r => r.PartnerId).Distinct().ToList();
        var partners = await db.Set<Partner>().AsNoTracking().Where(p => partnerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var attachments = (await db.Set<ReleaseAttachment>().AsNoTracking().Where(a => releaseIds.Contains(a.ReleaseId)).ToListAsync(ct))
            .ToLookup(a => a.ReleaseId, a => new Ninjs.Attachment(a.Id, a.FileName, a.ContentType, a.Size, a.Caption));
        var keys = await db.Set<ReleaseDelivery>().AsNoTracking().Where(d => releaseIds.Contains(d.ReleaseId))
            .Select(d => new { d.ReleaseId, d.OutletId, d.Key }).ToDictionaryAsync(d => (d.ReleaseId, d.OutletId), d => d.Key, ct);

        // Each attempt is counted before its call is made, and due again only after its timeout and backoff: a process
        // that dies or loses its database between the call and the outcome leaves an attempt on record and retries it
        // later, so the log never shows fewer attempts than the endpoint received.
        var o = options.Value;
        foreach (var send in due)
        {
            send.Attempts++;
            send.NextAttemptAt = now + o.WebhookTimeout + Backoff(send.Attempts, o);
        }
        await db.SaveChangesAsync(ct);

        using var slots = new SemaphoreSlim(Math.Max(1, o.WebhookConcurrency));
        var outcomes = await Task.WhenAll(due.Select(async Task<(WebhookSend Send, int? Status, string? Error, bool Final)> (send) =>
        {
            if (!hooks.TryGetValue(send.WebhookId, out var hook) || !hook.Active) return (send, null, "webhook dinonaktifkan (disabled)", true);
            if (!releases.TryGetValue(send.ReleaseId, out var release)) return (send, null, "rilis belum terbit (not out)", false);
            var body = Payload(send, release, partners.GetValueOrDefault(release.PartnerId, ""), attachments[release.Id].ToList(), keys.GetValueOrDefault((send.ReleaseId, send.OutletId)), now);
            await slots.WaitAsync(ct);
            try { var (status, error) = await PostAsync(hook, send, body, ct); return (send, status, error, false); }
            finally { slots.Release(); }
        }));

        var answered = clock.GetUtcNow().UtcDateTime;
        foreach (var (send, status, error, final) in outcomes)
        {
            send.LastStatus = status;
            send.LastError = error;
            ActivityKind kind;
            if (error is null) { send.SentAt = answered; kind = ActivityKind.WebhookSent; }
            else if (final || send.Attempts >= o.WebhookMaxAttempts) { send.GaveUpAt = answered; kind = ActivityKind.WebhookGaveUp; }
            else
            {
                send.NextAttemptAt = answered + Backoff(send.Attempts, o);
                kind = ActivityKind.WebhookFailed;
            }
            db.Add(new ReleaseActivity
            {
                ReleaseId = send.ReleaseId, OutletId = send.OutletId, Kind = kind, At = answered,
                Detail = $"{send.Event} #{send.Attempts}: {(error is null ? $"HTTP {status}" : error)}",
            });
        }
        await db.SaveChangesAsync(ct);
        return due.Count;
    }

    /// <summary>The wait after a failed attempt: doubling from the first backoff, capped.</summary>
    static TimeSpan Backoff(int attempts, ReleaseOptions o)
    {
        var wait = o.WebhookFirstBackoff * Math.Pow(2, attempts - 1);
        return wait < o.WebhookMaxBackoff ? wait : o.WebhookMaxBackoff;
    }

    byte[] Payload(WebhookSend send, Release release, string partnerName, IReadOnlyList<Ninjs.Attachment> attachments, string? key, DateTime now)
    {
        var item = Ninjs.Write(release, partnerName, BaseUrl, attachments, PlacesOf(release, regions), now, key);
        using var buffer = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("event", send.Event);
            json.WriteNumber("delivery", send.Id);
            json.WritePropertyName("item");
            json.WriteRawValue(item, skipInputValidation: true);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    string BaseUrl => (options.Value.PublicBaseUrl ?? "http://localhost:5000").TrimEnd('/');

    /// <summary>The named target regions of a release, for ninjs <c>place</c>.</summary>
    public static List<(string Code, string Name)> PlacesOf(Release release, RegionCatalog regions) =>
        release.Targets.Select(t => t.RegencyCode is { } r ? (r, regions.Regency(r)?.Name ?? r) : (t.ProvinceCode!, regions.Province(t.ProvinceCode!)?.Name ?? t.ProvinceCode!)).ToList();

    async Task<(int? Status, string? Error)> PostAsync(ReleaseWebhook hook, WebhookSend send, byte[] body, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Value.WebhookTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, hook.Url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            request.Headers.Add(SignatureHeader, WebSubSignature.Sign("sha256", Encoding.UTF8.GetBytes(hook.Secret), body));
            request.Headers.Add("X-Siberindo-Event", send.Event);
            request.Headers.Add("X-Siberindo-Delivery", send.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            using var response = await http.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            return status is >= 200 and < 300 ? (status, null) : (status, $"HTTP {status}");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (null, $"tidak menjawab dalam {options.Value.WebhookTimeout.TotalSeconds:0} detik (timed out)");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Refused by the address guard, a reset connection, a malformed answer: this send's failure, not the batch's.
            logger.LogInformation("Webhook {Id} of outlet {Outlet} failed: {Error}", hook.Id, hook.OutletId, e.Message);
            return (null, e.Message.Length > 300 ? e.Message[..300] : e.Message);
        }
    }
}
