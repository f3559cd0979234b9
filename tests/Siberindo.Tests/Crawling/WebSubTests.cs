using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Siberindo.Core.Feeds.WebSub;
using Siberindo.Crawling;
using Siberindo.Tests.Infrastructure;

namespace Siberindo.Tests.Crawling;

/// <summary>WebSub end to end with a small hub on loopback: discovery, subscription, intent verification, signed pushes, renewal.</summary>
public sealed class WebSubTests
{
    private sealed record HubRequest(string Callback, string Topic, string Secret, string Lease, string? Echoed, string Challenge);

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Subscribes_at_the_hub_verifies_intent_ingests_signed_pushes_and_renews(string provider)
    {
        var requests = new ConcurrentQueue<HubRequest>();
        using var hubClient = new HttpClient();
        await using var hub = await LoopbackSite.StartAsync((app, hubUrl) => app.MapPost("/hub", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            var (callback, topic, secret, lease) = (form["hub.callback"].ToString(), form["hub.topic"].ToString(), form["hub.secret"].ToString(), form["hub.lease_seconds"].ToString());
            // Verification of intent happens after the 202 has been sent, as real hubs do it.
            request.HttpContext.Response.OnCompleted(() =>
            {
                _ = Task.Run(async () =>
                {
                    var challenge = Guid.NewGuid().ToString("N");
                    var echoed = await hubClient.GetStringAsync($"{callback}?hub.mode=subscribe&hub.topic={Uri.EscapeDataString(topic)}&hub.challenge={challenge}&hub.lease_seconds=600");
                    requests.Enqueue(new HubRequest(callback, topic, secret, lease, echoed, challenge));
                });
                return Task.CompletedTask;
            });
            return Results.StatusCode(202);
        }));
        var now = DateTimeOffset.UtcNow;
        await using var member = await LoopbackSite.StartAsync((app, baseUrl) => app.MapGet("/feed", () =>
            Results.Content(TestFeeds.Rss(baseUrl(), [now.AddMinutes(-10)], hub: $"{hub.BaseUrl}/hub", self: $"{baseUrl()}/feed"), "application/rss+xml")));

        var port = LoopbackSite.FreePort();
        await using var app = await TestApp.StartAsync(provider, "--Crawler:AllowLoopback=true", $"--urls=http://127.0.0.1:{port}", $"--Crawler:PublicBaseUrl=http://127.0.0.1:{port}");
        var feedId = await FetcherTests.AddFeedAsync(app, member.BaseUrl, $"{member.BaseUrl}/feed");
        Assert.True((await FetcherTests.PollAsync(app, feedId)).Success);
        Assert.Equal($"{hub.BaseUrl}/hub", (await app.WithDbAsync(db => db.Feeds.SingleAsync(f => f.Id == feedId))).HubUrl);

        Assert.Equal(1, await app.WithServiceAsync<WebSubSubscriber, int>(s => s.RenewDueAsync(CancellationToken.None)));
        var subscription = await WaitForAsync(app, s => s.State == WebSubState.Active);
        // The hub notes the echo after our answer arrives, a moment after the subscription became active.
        await Eventually.TrueAsync(() => Task.FromResult(!requests.IsEmpty), TimeSpan.FromSeconds(30), "the hub's note of our echo");
        Assert.True(requests.TryDequeue(out var request));
        Assert.Equal(request.Challenge, request.Echoed);
        Assert.Equal($"{member.BaseUrl}/feed", request.Topic);
        Assert.Equal($"http://127.0.0.1:{port}/websub/{subscription.Id}", request.Callback);
        Assert.Equal("864000", request.Lease);
        Assert.Equal(TimeSpan.FromSeconds(600), subscription.LeaseExpiresAt - subscription.VerifiedAt);
        // While the hub pushes, polling is only a safety net.
        Assert.True((await FetcherTests.PollAsync(app, feedId)).Success);
        Assert.Equal(3600, (await app.WithDbAsync(db => db.Feeds.SingleAsync(f => f.Id == feedId))).PollIntervalSeconds);
        // Nothing is due while the lease runs.
        Assert.Equal(0, await app.WithServiceAsync<WebSubSubscriber, int>(s => s.RenewDueAsync(CancellationToken.None)));

        using var http = app.Client();
        var pushed = Encoding.UTF8.GetBytes(TestFeeds.Rss(member.BaseUrl, [now.AddMinutes(-1), now.AddMinutes(-2)], prefix: "dorong"));
        async Task<HttpStatusCode> PushAsync(int id, string signature)
        {
            using var content = new ByteArrayContent(pushed);
            content.Headers.ContentType = new("application/rss+xml");
            using var message = new HttpRequestMessage(HttpMethod.Post, $"/websub/{id}") { Content = content };
            message.Headers.TryAddWithoutValidation("X-Hub-Signature", signature);
            return (await http.SendAsync(message)).StatusCode;
        }
        Task<int> PushedAsync() => app.WithDbAsync(db => db.Articles.CountAsync(a => a.Guid.StartsWith("dorong-")));

        Assert.Equal(HttpStatusCode.Accepted, await PushAsync(subscription.Id, WebSubSignature.Sign("sha1", Encoding.UTF8.GetBytes("salah"), pushed)));
        Assert.Equal(0, await PushedAsync());
        Assert.Equal(HttpStatusCode.Gone, await PushAsync(subscription.Id + 1000, "sha256=00"));
        Assert.Equal(HttpStatusCode.Accepted, await PushAsync(subscription.Id, WebSubSignature.Sign("sha256", Encoding.UTF8.GetBytes(request.Secret), pushed)));
        Assert.Equal(2, await PushedAsync());
        Assert.Equal(1, (await app.WithDbAsync(db => db.Set<WebSubSubscription>().SingleAsync())).Pushes);

        // A lease about to end is renewed, with a new secret.
        await app.WithDbAsync(db => db.Set<WebSubSubscription>().ExecuteUpdateAsync(s => s
            .SetProperty(x => x.LeaseExpiresAt, DateTime.UtcNow.AddHours(2)).SetProperty(x => x.VerifiedAt, DateTime.UtcNow.AddDays(-10))));
        Assert.Equal(1, await app.WithServiceAsync<WebSubSubscriber, int>(s => s.RenewDueAsync(CancellationToken.None)));
        var renewed = await WaitForAsync(app, s => s.State == WebSubState.Active && s.LeaseExpiresAt > DateTime.UtcNow.AddMinutes(5));
        Assert.NotEqual(request.Secret, renewed.Secret);
        // A verification for a topic we never asked for is refused.
        var stranger = await http.GetAsync($"/websub/{subscription.Id}?hub.mode=subscribe&hub.topic=https%3A%2F%2Flain.example%2Ffeed&hub.challenge=abc");
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
    }

    [Fact]
    public async Task A_hub_announced_in_the_link_header_is_found_too()
    {
        await using var member = await LoopbackSite.StartAsync((app, baseUrl) => app.MapGet("/feed", (HttpContext http) =>
        {
            http.Response.Headers.Link = "<https://hub.example/>; rel=\"hub\", </feed?topic>; rel=\"self\"";
            return Results.Content(TestFeeds.Rss(baseUrl(), [DateTimeOffset.UtcNow.AddMinutes(-10)]), "application/rss+xml");
        }));
        await using var app = await TestApp.StartAsync("Sqlite", "--Crawler:AllowLoopback=true");
        var feedId = await FetcherTests.AddFeedAsync(app, member.BaseUrl, $"{member.BaseUrl}/feed");

        Assert.True((await FetcherTests.PollAsync(app, feedId)).Success);

        var feed = await app.WithDbAsync(db => db.Feeds.SingleAsync(f => f.Id == feedId));
        Assert.Equal("https://hub.example/", feed.HubUrl);
        Assert.Equal($"{member.BaseUrl}/feed?topic", feed.TopicUrl);
        // Without Crawler:PublicBaseUrl nothing is subscribed.
        Assert.Equal(0, await app.WithServiceAsync<WebSubSubscriber, int>(s => s.RenewDueAsync(CancellationToken.None)));
    }

    private static async Task<WebSubSubscription> WaitForAsync(TestApp app, Func<WebSubSubscription, bool> condition)
    {
        WebSubSubscription? subscription = null;
        await Eventually.TrueAsync(async () =>
            condition(subscription = await app.WithDbAsync(db => db.Set<WebSubSubscription>().AsNoTracking().SingleAsync())),
            TimeSpan.FromSeconds(30), "the subscription's expected state");
        return subscription!;
    }
}
