using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Siberindo.Articles;
using Siberindo.Outlets;
using Siberindo.Partners;

namespace Siberindo.Releases;

internal sealed class ReleaseConfiguration : IEntityTypeConfiguration<Release>
{
    public void Configure(EntityTypeBuilder<Release> e)
    {
        e.ToTable("Releases");
        e.Property(r => r.Headline).HasMaxLength(300);
        e.Property(r => r.Slug).HasMaxLength(100);
        e.Property(r => r.Dateline).HasMaxLength(200);
        e.Property(r => r.BodyHtml).HasMaxLength(200_000);
        e.Property(r => r.Boilerplate).HasMaxLength(4000);
        e.Property(r => r.Contacts).HasMaxLength(2000);
        e.Property(r => r.UsageTerms).HasMaxLength(1000);
        e.Property(r => r.EdNote).HasMaxLength(2000);
        e.Property(r => r.WithdrawnReason).HasMaxLength(2000);
        e.HasOne<Partner>().WithMany().HasForeignKey(r => r.PartnerId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(r => r.Targets).WithOne().HasForeignKey(t => t.ReleaseId).OnDelete(DeleteBehavior.Cascade);
        // The embargo filter reads these: every public list is "released, embargo passed, newest first".
        e.HasIndex(r => new { r.State, r.EmbargoUntil });
        e.HasIndex(r => new { r.PartnerId, r.EmbargoUntil });
    }
}

internal sealed class ReleaseTargetConfiguration : IEntityTypeConfiguration<ReleaseTarget>
{
    public void Configure(EntityTypeBuilder<ReleaseTarget> e)
    {
        e.ToTable("ReleaseTargets");
        e.Property(t => t.ProvinceCode).HasMaxLength(2);
        e.Property(t => t.RegencyCode).HasMaxLength(5);
        e.HasIndex(t => t.ProvinceCode);
    }
}

internal sealed class ReleaseAttachmentConfiguration : IEntityTypeConfiguration<ReleaseAttachment>
{
    public void Configure(EntityTypeBuilder<ReleaseAttachment> e)
    {
        e.ToTable("ReleaseAttachments");
        e.Property(a => a.FileName).HasMaxLength(200);
        e.Property(a => a.ContentType).HasMaxLength(50);
        e.Property(a => a.Caption).HasMaxLength(500);
        e.HasOne<Release>().WithMany().HasForeignKey(a => a.ReleaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(a => a.ReleaseId);
    }
}

internal sealed class ReleaseFileConfiguration : IEntityTypeConfiguration<ReleaseFile>
{
    public void Configure(EntityTypeBuilder<ReleaseFile> e)
    {
        e.ToTable("ReleaseFiles");
        e.HasKey(f => f.AttachmentId);
        e.HasOne<ReleaseAttachment>().WithOne().HasForeignKey<ReleaseFile>(f => f.AttachmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReleaseCorrectionConfiguration : IEntityTypeConfiguration<ReleaseCorrection>
{
    public void Configure(EntityTypeBuilder<ReleaseCorrection> e)
    {
        e.ToTable("ReleaseCorrections");
        e.Property(c => c.Note).HasMaxLength(2000);
        e.Property(c => c.PreviousHeadline).HasMaxLength(300);
        e.Property(c => c.PreviousBodyHtml).HasMaxLength(200_000);
        e.HasOne<Release>().WithMany().HasForeignKey(c => c.ReleaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(c => c.ReleaseId);
    }
}

internal sealed class ReleaseDeliveryConfiguration : IEntityTypeConfiguration<ReleaseDelivery>
{
    public void Configure(EntityTypeBuilder<ReleaseDelivery> e)
    {
        e.ToTable("ReleaseDeliveries");
        e.Property(d => d.Key).HasMaxLength(64);
        e.Property(d => d.MailError).HasMaxLength(500);
        e.HasIndex(d => d.Key).IsUnique();
        e.HasIndex(d => new { d.ReleaseId, d.OutletId }).IsUnique();
        e.HasIndex(d => new { d.OutletId, d.DeliveredAt });
        e.HasOne<Release>().WithMany().HasForeignKey(d => d.ReleaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Outlet>().WithMany().HasForeignKey(d => d.OutletId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReleaseActivityConfiguration : IEntityTypeConfiguration<ReleaseActivity>
{
    public void Configure(EntityTypeBuilder<ReleaseActivity> e)
    {
        e.ToTable("ReleaseActivities");
        e.Property(a => a.Detail).HasMaxLength(500);
        e.HasIndex(a => new { a.ReleaseId, a.At });
        e.HasOne<Release>().WithMany().HasForeignKey(a => a.ReleaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReleaseChannelConfiguration : IEntityTypeConfiguration<ReleaseChannel>
{
    public void Configure(EntityTypeBuilder<ReleaseChannel> e)
    {
        e.ToTable("ReleaseChannels");
        e.Property(c => c.TokenHash).HasMaxLength(64);
        e.HasIndex(c => c.TokenHash).IsUnique();
        e.HasIndex(c => c.OutletId);
        e.HasOne<Outlet>().WithMany().HasForeignKey(c => c.OutletId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReleaseWebhookConfiguration : IEntityTypeConfiguration<ReleaseWebhook>
{
    public void Configure(EntityTypeBuilder<ReleaseWebhook> e)
    {
        e.ToTable("ReleaseWebhooks");
        e.Property(w => w.Url).HasMaxLength(2000);
        e.Property(w => w.Secret).HasMaxLength(100);
        e.HasIndex(w => w.OutletId);
        e.HasOne<Outlet>().WithMany().HasForeignKey(w => w.OutletId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WebhookSendConfiguration : IEntityTypeConfiguration<WebhookSend>
{
    public void Configure(EntityTypeBuilder<WebhookSend> e)
    {
        e.ToTable("ReleaseWebhookSends");
        e.Property(s => s.Event).HasMaxLength(40);
        e.Property(s => s.LastError).HasMaxLength(500);
        e.HasIndex(s => new { s.SentAt, s.GaveUpAt, s.NextAttemptAt });
        e.HasOne<ReleaseWebhook>().WithMany().HasForeignKey(s => s.WebhookId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Release>().WithMany().HasForeignKey(s => s.ReleaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReleasePickupConfiguration : IEntityTypeConfiguration<ReleasePickup>
{
    public void Configure(EntityTypeBuilder<ReleasePickup> e)
    {
        e.ToTable("ReleasePickups");
        e.HasIndex(p => new { p.ReleaseId, p.ArticleId }).IsUnique();
        e.HasIndex(p => p.ArticleId);
        e.HasOne<Release>().WithMany().HasForeignKey(p => p.ReleaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Article>().WithMany().HasForeignKey(p => p.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReleaseCursorConfiguration : IEntityTypeConfiguration<ReleaseCursor>
{
    public void Configure(EntityTypeBuilder<ReleaseCursor> e)
    {
        e.ToTable("ReleaseCursors");
        e.HasKey(c => c.Name);
        e.Property(c => c.Name).HasMaxLength(40);
    }
}
