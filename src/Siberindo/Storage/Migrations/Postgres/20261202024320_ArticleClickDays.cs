using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Siberindo.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ArticleClickDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ArticleClickDays",
                columns: table => new
                {
                    ArticleId = table.Column<long>(type: "bigint", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    OutletId = table.Column<int>(type: "integer", nullable: false),
                    Clicks = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleClickDays", x => new { x.ArticleId, x.Day });
                    table.ForeignKey(
                        name: "FK_ArticleClickDays_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleClickDays_OutletId_Day",
                table: "ArticleClickDays",
                columns: new[] { "OutletId", "Day" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArticleClickDays");
        }
    }
}
