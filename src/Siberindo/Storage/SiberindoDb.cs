using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Articles;
using Siberindo.Outlets;
using Siberindo.Regions;

namespace Siberindo.Storage;

/// <summary>
/// The one model of Siberindo's data. Each database provider has a subclass of its own so that its migrations live
/// apart (Storage/Migrations/Sqlite, Storage/Migrations/Postgres); code depends on this base type only.
/// </summary>
public abstract class SiberindoDb(DbContextOptions options) : IdentityDbContext<SiberindoUser>(options)
{
    public DbSet<Province> Provinces => Set<Province>();
    public DbSet<Regency> Regencies => Set<Regency>();
    public DbSet<Outlet> Outlets => Set<Outlet>();
    public DbSet<Feed> Feeds => Set<Feed>();
    public DbSet<Article> Articles => Set<Article>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        base.OnModelCreating(model);

        model.Entity<Province>(e =>
        {
            e.HasKey(p => p.Code);
            e.Property(p => p.Code).HasMaxLength(2);
            e.Property(p => p.Name).HasMaxLength(100);
            e.Property(p => p.Slug).HasMaxLength(100);
            e.HasIndex(p => p.Slug).IsUnique();
            e.HasMany(p => p.Regencies).WithOne(r => r.Province).HasForeignKey(r => r.ProvinceCode);
        });
        model.Entity<Regency>(e =>
        {
            e.HasKey(r => r.Code);
            e.Property(r => r.Code).HasMaxLength(5);
            e.Property(r => r.ProvinceCode).HasMaxLength(2);
            e.Property(r => r.Name).HasMaxLength(100);
            e.Ignore(r => r.IsCity);
        });
        model.Entity<Outlet>(e =>
        {
            e.Property(o => o.Slug).HasMaxLength(120);
            e.Property(o => o.Name).HasMaxLength(200);
            e.Property(o => o.CompanyName).HasMaxLength(200);
            e.Property(o => o.Website).HasMaxLength(500);
            e.Property(o => o.Domain).HasMaxLength(253);
            e.Property(o => o.RegencyCode).HasMaxLength(5);
            e.Property(o => o.ProvinceCode).HasMaxLength(2);
            e.HasIndex(o => o.Slug).IsUnique();
            e.HasIndex(o => o.Domain).IsUnique();
            e.HasIndex(o => o.ProvinceCode);
            e.HasOne(o => o.Regency).WithMany().HasForeignKey(o => o.RegencyCode).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(o => o.Feeds).WithOne(f => f.Outlet).HasForeignKey(f => f.OutletId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<Feed>(e =>
        {
            e.Property(f => f.Url).HasMaxLength(2000);
            e.Property(f => f.LastError).HasMaxLength(1000);
            e.Property(f => f.Format).HasMaxLength(20);
            e.Property(f => f.ETag).HasMaxLength(300);
            e.Property(f => f.LastModified).HasMaxLength(100);
            e.HasIndex(f => f.NextPollAt);
            e.HasIndex(f => new { f.OutletId, f.Url }).IsUnique();
        });
        model.Entity<Article>(e =>
        {
            e.Property(a => a.Guid).HasMaxLength(1000);
            e.Property(a => a.Url).HasMaxLength(2000);
            e.Property(a => a.Title).HasMaxLength(1000);
            e.Property(a => a.ImageUrl).HasMaxLength(2000);
            e.Property(a => a.Excerpt).HasMaxLength(400);
            e.Property(a => a.ProvinceCode).HasMaxLength(2);
            e.HasOne(a => a.Outlet).WithMany().HasForeignKey(a => a.OutletId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(a => new { a.OutletId, a.Guid }).IsUnique();
            e.HasIndex(a => new { a.OutletId, a.Url });
            e.HasIndex(a => a.Published);
            e.HasIndex(a => new { a.ProvinceCode, a.Published });
            e.HasIndex(a => new { a.OutletId, a.Published });
        });
    }
}
