using System.Text.Json;
using Siberindo.Core.Feeds.Html;
using Siberindo.Portal;

namespace Siberindo.Releases;

/// <summary>
/// A release as IPTC ninjs 1.x JSON (the API answer and the webhook payload): uri, version, versioncreated,
/// embargoed, pubstatus, urgency, headline, located, body_html and body_text, usageterms, ednote, subject, place, and
/// the attachments as associations. Built only from releases that are out (the embargo filter ran before).
/// </summary>
public static class Ninjs
{
    public sealed record Attachment(long Id, string FileName, string ContentType, long Size, string? Caption);

    public static byte[] Write(Release r, string partnerName, string baseUrl, IReadOnlyList<Attachment> attachments,
        IReadOnlyList<(string Code, string Name)> places, DateTime now, string? receiverKey = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default }))
        {
            var status = r.StatusAt(now);
            var url = $"{baseUrl}{ReleasePages.Url(r.Id, r.Slug)}";
            json.WriteStartObject();
            json.WriteString("uri", url);
            json.WriteString("type", "text");
            json.WriteString("version", r.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("firstcreated", PortalFormat.Iso(r.EmbargoUntil ?? r.CreatedAt));
            json.WriteString("versioncreated", PortalFormat.Iso(r.CorrectedAt ?? r.EmbargoUntil ?? r.UpdatedAt));
            if (r.EmbargoUntil is { } e) json.WriteString("embargoed", PortalFormat.Iso(e));
            json.WriteString("pubstatus", ReleaseLabels.PubStatus(status));
            json.WriteNumber("urgency", r.Urgency);
            json.WriteString("language", "id");
            json.WriteString("byline", partnerName);
            if (status == ReleaseStatus.Withdrawn)
            {
                json.WriteString("headline", r.Headline);
                json.WriteString("description_text", "Rilis ditarik: " + r.WithdrawnReason);
            }
            else
            {
                json.WriteString("headline", r.Headline);
                if (r.Dateline is not null) json.WriteString("located", r.Dateline);
                json.WriteString("body_html", r.BodyHtml);
                json.WriteString("body_text", HtmlText.FromHtml(r.BodyHtml) ?? "");
                if (r.Boilerplate is not null) json.WriteString("description_text", r.Boilerplate);
                if (r.Contacts is not null) json.WriteString("contacts", r.Contacts);
                if (r.UsageTerms is not null) json.WriteString("usageterms", r.UsageTerms);
                if (r.EdNote is not null) json.WriteString("ednote", r.EdNote);
            }
            json.WriteStartArray("subject");
            json.WriteStartObject();
            json.WriteString("name", ReleaseLabels.Of(r.Category));
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("place");
            if (r.National) { json.WriteStartObject(); json.WriteString("name", "Indonesia"); json.WriteString("code", "ID"); json.WriteEndObject(); }
            foreach (var (code, name) in places) { json.WriteStartObject(); json.WriteString("name", name); json.WriteString("code", code); json.WriteEndObject(); }
            json.WriteEndArray();
            if (status != ReleaseStatus.Withdrawn && attachments.Count > 0)
            {
                json.WriteStartObject("associations");
                foreach (var a in attachments)
                {
                    json.WriteStartObject($"lampiran-{a.Id}");
                    json.WriteString("type", a.ContentType.StartsWith("image/", StringComparison.Ordinal) ? "picture" : "text");
                    json.WriteString("mimetype", a.ContentType);
                    json.WriteString("uri", receiverKey is null
                        ? $"{baseUrl}{ReleasePages.AttachmentUrl(r.Id, a.Id)}"
                        : $"{baseUrl}/rilis/terima/{receiverKey}/lampiran/{a.Id}");
                    json.WriteString("headline", a.Caption ?? a.FileName);
                    json.WriteNumber("size", a.Size);
                    json.WriteEndObject();
                }
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
