using Siberindo.Shared;

namespace Siberindo.Tests.Portal;

/// <summary>Which menu link <see cref="CurrentLinkTagHelper"/> marks as the page being shown.</summary>
public sealed class CurrentLinkTests
{
    [Theory]
    [InlineData("/", "/", "", true)]
    [InlineData("/statistik", "/statistik", "", true)]
    [InlineData("/statistik", "/statistik/", "", true)]
    [InlineData("/Admin/Media", "/admin/media", "", true)]
    [InlineData("/admin/media", "/admin/media", "?halaman=2", true)] // the list's own link, on its second page
    [InlineData("/admin", "/admin/media", "", false)] // a section's first page is not each of its pages
    [InlineData("/", "/statistik", "", false)]
    [InlineData("?halaman=2", "/cari", "?halaman=2", true)]
    [InlineData("?halaman=2", "/cari", "?halaman=3", false)]
    [InlineData("/admin/media#feeds", "/admin/media", "", true)]
    [InlineData("https://example.com/", "/", "", false)]
    [InlineData("//example.com/", "/", "", false)]
    [InlineData("", "/", "", false)]
    public void A_link_is_current_only_for_its_own_path_and_query(string href, string path, string query, bool current) =>
        Assert.Equal(current, CurrentLinkTagHelper.IsCurrent(href, path, query));
}
