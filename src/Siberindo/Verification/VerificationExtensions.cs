namespace Siberindo.Verification;

public static class VerificationExtensions
{
    public static IServiceCollection AddVerification(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ChecklistOptions>(configuration.GetSection(ChecklistOptions.Section));
        return services.AddScoped<VerificationService>();
    }
}
