namespace Siberindo.Audit;

public static class AuditExtensions
{
    /// <summary>The audit log every association change writes to; read on /admin/audit.</summary>
    public static IServiceCollection AddAudit(this IServiceCollection services) => services.AddScoped<AuditLog>();
}
