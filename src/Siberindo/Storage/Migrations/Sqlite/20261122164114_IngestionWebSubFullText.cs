using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Siberindo.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IngestionWebSubFullText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "FetchFullText",
                table: "Outlets",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "HubUrl",
                table: "Feeds",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PollIntervalSeconds",
                table: "Feeds",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TopicUrl",
                table: "Feeds",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "WebSubSubscriptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FeedId = table.Column<int>(type: "INTEGER", nullable: false),
                    HubUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    TopicUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Secret = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VerifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LeaseExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastPushAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Pushes = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebSubSubscriptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WebSubSubscriptions_Feeds_FeedId",
                        column: x => x.FeedId,
                        principalTable: "Feeds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WebSubSubscriptions_FeedId",
                table: "WebSubSubscriptions",
                column: "FeedId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WebSubSubscriptions");

            migrationBuilder.DropColumn(
                name: "FetchFullText",
                table: "Outlets");

            migrationBuilder.DropColumn(
                name: "HubUrl",
                table: "Feeds");

            migrationBuilder.DropColumn(
                name: "PollIntervalSeconds",
                table: "Feeds");

            migrationBuilder.DropColumn(
                name: "TopicUrl",
                table: "Feeds");
        }
    }
}
