using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Siberindo.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CekFakta : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FactCheckCursors",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Position = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FactCheckCursors", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "FactChecks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ClaimReviewed = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Claimant = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Appearances = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ClaimFirstSeen = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Rating = table.Column<int>(type: "INTEGER", nullable: false),
                    RatingOriginal = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    EvidenceLinks = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Reviewer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Published = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Updated = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FactChecks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HoaxReports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SourceHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    TakenBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FactCheckId = table.Column<long>(type: "INTEGER", nullable: true),
                    DuplicateOfId = table.Column<long>(type: "INTEGER", nullable: true),
                    RejectReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    HasScreenshot = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HoaxReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FactCheckCorrections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FactCheckId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PreviousRating = table.Column<int>(type: "INTEGER", nullable: false),
                    PreviousExplanation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PreviousClaim = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FactCheckCorrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FactCheckCorrections_FactChecks_FactCheckId",
                        column: x => x.FactCheckId,
                        principalTable: "FactChecks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FactCheckMatches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FactCheckId = table.Column<long>(type: "INTEGER", nullable: false),
                    ArticleId = table.Column<long>(type: "INTEGER", nullable: false),
                    OutletId = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Relation = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    MatchedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NotifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FactCheckMatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FactCheckMatches_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FactCheckMatches_FactChecks_FactCheckId",
                        column: x => x.FactCheckId,
                        principalTable: "FactChecks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HoaxReportImages",
                columns: table => new
                {
                    ReportId = table.Column<long>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HoaxReportImages", x => x.ReportId);
                    table.ForeignKey(
                        name: "FK_HoaxReportImages_HoaxReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "HoaxReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FactCheckCorrections_FactCheckId",
                table: "FactCheckCorrections",
                column: "FactCheckId");

            migrationBuilder.CreateIndex(
                name: "IX_FactCheckMatches_ArticleId_FactCheckId",
                table: "FactCheckMatches",
                columns: new[] { "ArticleId", "FactCheckId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FactCheckMatches_FactCheckId_State",
                table: "FactCheckMatches",
                columns: new[] { "FactCheckId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_FactCheckMatches_OutletId_State",
                table: "FactCheckMatches",
                columns: new[] { "OutletId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_FactChecks_ExternalId",
                table: "FactChecks",
                column: "ExternalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FactChecks_Published",
                table: "FactChecks",
                column: "Published");

            migrationBuilder.CreateIndex(
                name: "IX_HoaxReports_SourceHash_ReceivedAt",
                table: "HoaxReports",
                columns: new[] { "SourceHash", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_HoaxReports_State_ReceivedAt",
                table: "HoaxReports",
                columns: new[] { "State", "ReceivedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FactCheckCorrections");

            migrationBuilder.DropTable(
                name: "FactCheckCursors");

            migrationBuilder.DropTable(
                name: "FactCheckMatches");

            migrationBuilder.DropTable(
                name: "HoaxReportImages");

            migrationBuilder.DropTable(
                name: "FactChecks");

            migrationBuilder.DropTable(
                name: "HoaxReports");
        }
    }
}
