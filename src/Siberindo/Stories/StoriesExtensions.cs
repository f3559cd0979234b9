using Siberindo.Stories.Corrections;

namespace Siberindo.Stories;

public static class StoriesExtensions
{
    public static IHostApplicationBuilder AddStories(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<StoriesOptions>(builder.Configuration.GetSection("Stories"));
        services.AddSingleton<StoryAssigner>();
        if (builder.Configuration.GetValue("Stories:Assign", true)) services.AddHostedService<StoryWorker>();
        services.AddScoped<StoryQueries>();
        services.AddOutputCache(o => o.AddPolicy(StoryPages.CachePolicy, p => p.Expire(TimeSpan.FromMinutes(10))));
        builder.AddCorrections();
        return builder;
    }
}
