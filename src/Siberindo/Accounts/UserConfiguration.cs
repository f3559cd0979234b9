using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Siberindo.Accounts;

internal sealed class UserConfiguration : IEntityTypeConfiguration<SiberindoUser>
{
    public void Configure(EntityTypeBuilder<SiberindoUser> e)
    {
        e.Property(u => u.ScopeProvinceCode).HasMaxLength(2);
        e.Property(u => u.ScopeRegencyCode).HasMaxLength(5);
    }
}
