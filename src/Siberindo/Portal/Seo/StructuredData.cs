using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Siberindo.Portal.Seo;

/// <summary>
/// schema.org data as JSON-LD: <c>ItemList</c> for list pages, <c>NewsArticle</c> for a story, <c>Organization</c> for an
/// outlet and for the association, <c>WebSite</c> with the search box. Built as JSON nodes and written by
/// System.Text.Json, never by string concatenation, because titles and names come from members' feeds.
/// </summary>
public static class StructuredData
{
    private const string Context = "https://schema.org";

    /// <summary>
    /// JavaScriptEncoder.Default writes &lt;, &gt;, &amp;, quotes and every non-ASCII character as \uXXXX escapes, so no
    /// text inside can end the script element (<c>&lt;/script&gt;</c>) or open an HTML comment (<c>&lt;!--</c>), and
    /// U+2028/U+2029 cannot break a script that copies the data. Named here rather than left to the default, so a
    /// change of default can never loosen it.
    /// </summary>
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default, WriteIndented = false };

    /// <summary>The text of a <c>&lt;script type="application/ld+json"&gt;</c> element, safe to write unencoded.</summary>
    public static string Serialize(JsonObject data) => data.ToJsonString(Options);

    /// <summary>One entry of a list: its name as shown and the absolute URL its card leads to.</summary>
    public sealed record ListEntry(string Name, string Url);

    /// <summary>
    /// Cards as list entries: a story's page when the article belongs to one (the portal's own page about it, open to
    /// crawlers), else the counted link its title leads to.
    /// </summary>
    public static IEnumerable<ListEntry> Entries(string baseUrl, IEnumerable<ArticleCard> cards) =>
        cards.Select(c => new ListEntry(c.Title, baseUrl + (c.StoryId is { } story
            ? Stories.StoryPages.Url(story, c.StoryTitle ?? c.Title)
            : $"/baca/{c.Id}")));

    public static JsonObject ItemList(string name, string pageUrl, IEnumerable<ListEntry> entries)
    {
        var items = new JsonArray();
        var position = 0;
        foreach (var entry in entries)
            items.Add(new JsonObject
            {
                ["@type"] = "ListItem",
                ["position"] = ++position,
                ["name"] = entry.Name,
                ["url"] = entry.Url,
            });
        return new JsonObject
        {
            ["@context"] = Context,
            ["@type"] = "ItemList",
            ["name"] = name,
            ["url"] = pageUrl,
            ["numberOfItems"] = position,
            ["itemListElement"] = items,
        };
    }

    /// <summary>The portal itself, with its search box (schema.org SearchAction on /cari).</summary>
    public static JsonObject WebSite(string baseUrl) => new()
    {
        ["@context"] = Context,
        ["@type"] = "WebSite",
        ["name"] = SiteIdentity.Name,
        ["url"] = baseUrl + "/",
        ["inLanguage"] = SiteIdentity.Language,
        ["potentialAction"] = new JsonObject
        {
            ["@type"] = "SearchAction",
            ["target"] = baseUrl + "/cari?q={search_term_string}",
            ["query-input"] = "required name=search_term_string",
        },
    };

    /// <summary>The association, as the publisher of the portal.</summary>
    public static JsonObject Association(string baseUrl) => new()
    {
        ["@context"] = Context,
        ["@type"] = "Organization",
        ["name"] = SiteIdentity.Name,
        ["url"] = baseUrl + "/",
        ["logo"] = baseUrl + SiteIdentity.LogoPath,
        ["description"] = "Portal bersama asosiasi perusahaan media siber Indonesia: berita media anggota dari seluruh provinsi, "
                          + "setiap tautan menuju situs media aslinya.",
    };

    /// <summary>The publisher node named inside other objects (no @context of its own).</summary>
    private static JsonObject Publisher(string baseUrl) => new()
    {
        ["@type"] = "Organization",
        ["name"] = SiteIdentity.Name,
        ["url"] = baseUrl + "/",
        ["logo"] = new JsonObject
        {
            ["@type"] = "ImageObject",
            ["url"] = baseUrl + SiteIdentity.LogoPath,
            ["width"] = SiteIdentity.LogoSize,
            ["height"] = SiteIdentity.LogoSize,
        },
    };

    /// <summary>A member outlet: its own website, its place, and its membership of the association behind the portal.</summary>
    public static JsonObject Outlet(string baseUrl, string pageUrl, string name, string website, string? company,
        string? regencyName, string? provinceName)
    {
        var outlet = new JsonObject
        {
            ["@context"] = Context,
            ["@type"] = "Organization",
            ["name"] = name,
            ["url"] = website,
            ["mainEntityOfPage"] = pageUrl,
            ["memberOf"] = Publisher(baseUrl),
        };
        if (company is not null) outlet["legalName"] = company;
        if (regencyName is not null || provinceName is not null)
        {
            var address = new JsonObject { ["@type"] = "PostalAddress", ["addressCountry"] = "ID" };
            if (regencyName is not null) address["addressLocality"] = regencyName;
            if (provinceName is not null) address["addressRegion"] = provinceName;
            outlet["address"] = address;
        }
        return outlet;
    }

    /// <summary>One article a story is based on, as its outlet published it.</summary>
    public sealed record Source(string Headline, string Url, string OutletName, DateTime Published);

    /// <summary>
    /// A story page: the story as one news article, first reported by its source outlet (the author), published on the
    /// portal, and based on every outlet's article.
    /// </summary>
    public static JsonObject NewsArticle(string baseUrl, string pageUrl, string headline, string description, string imageUrl,
        DateTime firstPublished, DateTime lastPublished, string? sourceOutlet, IEnumerable<Source> basedOn)
    {
        var sources = new JsonArray();
        foreach (var s in basedOn)
            sources.Add(new JsonObject
            {
                ["@type"] = "NewsArticle",
                ["headline"] = s.Headline,
                ["url"] = s.Url,
                ["datePublished"] = PortalFormat.Iso(s.Published),
                ["publisher"] = Named("Organization", s.OutletName),
            });
        var article = new JsonObject
        {
            ["@context"] = Context,
            ["@type"] = "NewsArticle",
            ["headline"] = headline,
            ["description"] = description,
            ["url"] = pageUrl,
            ["mainEntityOfPage"] = pageUrl,
            ["inLanguage"] = SiteIdentity.Language,
            ["image"] = new JsonArray(imageUrl),
            ["datePublished"] = PortalFormat.Iso(firstPublished),
            ["dateModified"] = PortalFormat.Iso(lastPublished),
            ["publisher"] = Publisher(baseUrl),
            ["isBasedOn"] = sources,
        };
        if (sourceOutlet is not null) article["author"] = Named("Organization", sourceOutlet);
        return article;
    }

    /// <summary>A thing named inside another object: its type and name only.</summary>
    private static JsonObject Named(string type, string name) => new() { ["@type"] = type, ["name"] = name };
}
