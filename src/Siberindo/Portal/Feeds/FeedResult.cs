using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Siberindo.Portal.Feeds;

/// <summary>Renders a feed in one format into the response, as UTF-8 with its media type.</summary>
public static class FeedResult
{
    public static FileContentHttpResult Of(HttpContext http, FeedFormat format, string title, string description, string pagePath, IReadOnlyList<FeedItem> items)
    {
        var request = http.Request;
        var baseUrl = $"{request.Scheme}://{request.Host}";
        var updated = items.Count > 0 ? items.Max(i => i.Published) : DateTime.UnixEpoch;
        var feed = new FeedChannel(title, description, baseUrl, request.Host.Host, pagePath,
            baseUrl + request.Path + request.QueryString, updated, items.Select(i => i.Cleaned()).ToList());
        return TypedResults.Bytes(Render(format, feed), FeedFormats.ContentType(format));
    }

    public static byte[] Render(FeedFormat format, FeedChannel feed)
    {
        using var buffer = new MemoryStream();
        if (format == FeedFormat.Json)
        {
            // The default encoder escapes <, > and & as well: feed text stays inert wherever it is pasted.
            using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default });
            JsonFeedWriter.Write(json, feed);
        }
        else
        {
            using var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
            if (format == FeedFormat.Rss) RssFeedWriter.Write(xml, feed);
            else AtomFeedWriter.Write(xml, feed);
        }
        return buffer.ToArray();
    }
}
