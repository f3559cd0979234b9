namespace Siberindo.Programs;

public static class ProgramsExtensions
{
    public static IServiceCollection AddPrograms(this IServiceCollection services) => services.AddScoped<ProgramService>();
}
