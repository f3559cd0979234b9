using Microsoft.AspNetCore.OutputCaching;
using Siberindo.Hosting;
using Siberindo.Stories.Corrections;

namespace Siberindo.Stories;

public static class StoriesExtensions
{
    public static IHostApplicationBuilder AddStories(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<StoriesOptions>(builder.Configuration.GetSection("Stories"));
        var role = NodeRoles.Read(builder.Configuration);
        services.AddSingleton<StoryAssigner>(sp => ActivatorUtilities.CreateInstance<StoryAssigner>(sp, role));
        // Web nodes never assign; worker nodes (and one-machine installs) run the assigner, one lease holder at a time.
        if (role.RunsWorkers() && builder.Configuration.GetValue("Stories:Assign", true)) services.AddHostedService<PipelineWorker<StoryAssigner>>();
        services.AddScoped<StoryQueries>();
        services.AddScoped<StoryEditing>();
        services.AddScoped<StoryReviewQueries>();
        services.AddOutputCache(o => o.AddPolicy(StoryPages.CachePolicy, p => p.Expire(TimeSpan.FromMinutes(10))));
        services.Subscribe<ArticlesStored, StoryAssigner>((assigner, _) => assigner.Notify());
        services.Subscribe<ArticlesRevised, StoryAssigner>((assigner, _) => assigner.Notify());
        // A story changes far less often than the lists: its page is evicted at once, not coalesced.
        services.SubscribeAsync<StoryChanged, IOutputCacheStore>((store, change, ct) => store.EvictByTagAsync(StoryPages.Tag(change.StoryId), ct));
        builder.AddCorrections();
        return builder;
    }
}
