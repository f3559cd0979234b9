using Siberindo.Articles;
using Siberindo.Outlets;

namespace Siberindo.Tests.Infrastructure;

/// <summary>Puts outlets and articles in place through the product's own services.</summary>
public static class Seed
{
    public static async Task<Outlet> OutletAsync(TestApp app, string name, string website, string regency,
        VerificationStatus verification = VerificationStatus.None)
    {
        var result = await app.WithServiceAsync<OutletRegistry, RegistryResult>(r =>
            r.CreateAsync(new OutletDraft(name, null, website, regency, verification,
                verification == VerificationStatus.None ? null : new DateOnly(2024, 1, 1), [])));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Outlet!;
    }

    public static async Task<IReadOnlyList<Article>> ArticlesAsync(TestApp app, Outlet outlet, params (string Guid, string Title, DateTime Published)[] articles) =>
        (await app.WithServiceAsync<ArticleIngestor, IngestResult>(i => i.IngestAsync(outlet, null,
            articles.Select(a => new IncomingArticle(a.Guid, $"{outlet.Website}/{a.Guid}", a.Title, $"<p>Ringkasan {a.Title}</p>", null, null, a.Published)).ToList()))).Stored;
}
