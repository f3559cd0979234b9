using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Siberindo.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    /// <summary>
    /// Fingerprints gain places and slot contexts (names and figures, not figures only) and story similarity compares
    /// members instead of centroids: the stored fingerprints cannot be replayed, so every article is assigned again
    /// (the assigner does it in publication order after start; story ids stay the ids of their first articles).
    /// </summary>
    public partial class StoryFingerprintPlaces : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "NumberContexts",
                table: "StoryFingerprint",
                newName: "SlotContexts");

            migrationBuilder.AddColumn<byte[]>(
                name: "Places",
                table: "StoryFingerprint",
                type: "BLOB",
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.Sql("UPDATE \"Articles\" SET \"StoryId\" = NULL, \"CopyOfId\" = NULL;");
            migrationBuilder.Sql("DELETE FROM \"StoryFingerprint\";");
            migrationBuilder.Sql("DELETE FROM \"StoryRedirect\";");
            migrationBuilder.Sql("DELETE FROM \"Story\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Places",
                table: "StoryFingerprint");

            migrationBuilder.RenameColumn(
                name: "SlotContexts",
                table: "StoryFingerprint",
                newName: "NumberContexts");
        }
    }
}
