using System.Text.Json;

namespace Siberindo.Portal.Feeds;

/// <summary>JSON Feed 1.1 (https://jsonfeed.org/version/1.1), text content only.</summary>
public static class JsonFeedWriter
{
    public static void Write(Utf8JsonWriter json, FeedChannel feed)
    {
        json.WriteStartObject();
        json.WriteString("version", "https://jsonfeed.org/version/1.1");
        json.WriteString("title", feed.Title);
        json.WriteString("description", feed.Description);
        json.WriteString("home_page_url", feed.PageUrl);
        json.WriteString("feed_url", feed.SelfUrl);
        json.WriteString("language", FeedChannel.Language);
        json.WriteStartArray("items");
        foreach (var item in feed.Items)
        {
            json.WriteStartObject();
            json.WriteString("id", feed.ItemId(item));
            json.WriteString("url", feed.ItemLink(item));
            json.WriteString("title", item.Title);
            json.WriteString("content_text", FeedChannel.Text(item));
            if (!string.IsNullOrWhiteSpace(item.Excerpt)) json.WriteString("summary", item.Excerpt);
            json.WriteString("date_published", PortalFormat.Iso(item.Published));
            json.WriteStartArray("authors");
            json.WriteStartObject();
            json.WriteString("name", item.OutletName);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
