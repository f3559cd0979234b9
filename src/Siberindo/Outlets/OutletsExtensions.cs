namespace Siberindo.Outlets;

public static class OutletsExtensions
{
    public static IServiceCollection AddOutlets(this IServiceCollection services) =>
        services.AddScoped<OutletRegistry>()
            .AddScoped<FeedOpml>();
}
