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
        // Each feature configures its own entities (IEntityTypeConfiguration classes in its folder).
        model.ApplyConfigurationsFromAssembly(typeof(SiberindoDb).Assembly);
    }
}
