namespace Siberindo.Stories.Corrections;

public static class CorrectionsExtensions
{
    public static IHostApplicationBuilder AddCorrections(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<SmtpOptions>(builder.Configuration.GetSection("Mail:Smtp"));
        builder.Services.AddSingleton<Mailer>();
        builder.Services.AddScoped<CorrectionService>();
        return builder;
    }
}
