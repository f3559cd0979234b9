namespace Siberindo.Members;

/// <summary>Member files and their lifecycle, the members import and export, the members API.</summary>
public static class MembersExtensions
{
    public static IServiceCollection AddMembers(this IServiceCollection services) =>
        services.AddScoped<MemberService>()
            .AddScoped<MemberTransfer>();

    public static IEndpointRouteBuilder MapMembers(this IEndpointRouteBuilder app) => app.MapAssociationAdmin();
}
