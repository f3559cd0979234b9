using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Siberindo.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Competition : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CompetitionEntrants",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetitionEntrants", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_CompetitionEntrants_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CompetitionEntrants_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CompetitionRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Rules = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    EntriesPerPerson = table.Column<int>(type: "INTEGER", nullable: false),
                    AnnouncedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmissionOpensAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmissionClosesAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    JudgesPerEntry = table.Column<int>(type: "INTEGER", nullable: false),
                    JudgeLoadCap = table.Column<int>(type: "INTEGER", nullable: false),
                    NormaliseJudges = table.Column<bool>(type: "INTEGER", nullable: false),
                    Winners = table.Column<int>(type: "INTEGER", nullable: false),
                    Licence = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    JuryNotes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ResultsPublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    RegencyCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetitionRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompetitionRounds_Provinces_ProvinceCode",
                        column: x => x.ProvinceCode,
                        principalTable: "Provinces",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AnthologyBooks",
                columns: table => new
                {
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Epub = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Pdf = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Entries = table.Column<int>(type: "INTEGER", nullable: false),
                    PdfPages = table.Column<int>(type: "INTEGER", nullable: false),
                    BuiltAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EpubDownloads = table.Column<long>(type: "INTEGER", nullable: false),
                    PdfDownloads = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnthologyBooks", x => x.RoundId);
                    table.ForeignKey(
                        name: "FK_AnthologyBooks_CompetitionRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "CompetitionRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CompetitionCriteria",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Weight = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    Counted = table.Column<bool>(type: "INTEGER", nullable: false),
                    MaxScore = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetitionCriteria", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompetitionCriteria_CompetitionRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "CompetitionRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CompetitionEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OutletId = table.Column<int>(type: "INTEGER", nullable: false),
                    OutletName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    RegencyCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 60000, nullable: false),
                    Consent = table.Column<bool>(type: "INTEGER", nullable: false),
                    Licence = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: true),
                    Score = table.Column<double>(type: "REAL", nullable: true),
                    InAnthology = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetitionEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompetitionEntries_CompetitionRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "CompetitionRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CompetitionEntries_Outlets_OutletId",
                        column: x => x.OutletId,
                        principalTable: "Outlets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CompetitionEntries_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CompetitionJudges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    BoardProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    FamilyNames = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetitionJudges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompetitionJudges_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CompetitionJudges_CompetitionRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "CompetitionRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CompetitionJudges_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "CompetitionEntryImages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    Caption = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Credit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Alt = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetitionEntryImages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompetitionEntryImages_CompetitionEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "CompetitionEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CompetitionAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JudgeId = table.Column<int>(type: "INTEGER", nullable: false),
                    EntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ScoredAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetitionAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompetitionAssignments_CompetitionEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "CompetitionEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CompetitionAssignments_CompetitionJudges_JudgeId",
                        column: x => x.JudgeId,
                        principalTable: "CompetitionJudges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CompetitionJudgeConflicts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JudgeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    OutletId = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetitionJudgeConflicts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompetitionJudgeConflicts_CompetitionJudges_JudgeId",
                        column: x => x.JudgeId,
                        principalTable: "CompetitionJudges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CompetitionScores",
                columns: table => new
                {
                    AssignmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    CriterionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetitionScores", x => new { x.AssignmentId, x.CriterionId });
                    table.ForeignKey(
                        name: "FK_CompetitionScores_CompetitionAssignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "CompetitionAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CompetitionScores_CompetitionCriteria_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "CompetitionCriteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionAssignments_EntryId_JudgeId",
                table: "CompetitionAssignments",
                columns: new[] { "EntryId", "JudgeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionAssignments_JudgeId",
                table: "CompetitionAssignments",
                column: "JudgeId");

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionCriteria_RoundId",
                table: "CompetitionCriteria",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionEntrants_PersonId",
                table: "CompetitionEntrants",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionEntries_AuthorUserId",
                table: "CompetitionEntries",
                column: "AuthorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionEntries_OutletId",
                table: "CompetitionEntries",
                column: "OutletId");

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionEntries_PersonId",
                table: "CompetitionEntries",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionEntries_RoundId_PersonId",
                table: "CompetitionEntries",
                columns: new[] { "RoundId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionEntryImages_EntryId",
                table: "CompetitionEntryImages",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionJudgeConflicts_JudgeId",
                table: "CompetitionJudgeConflicts",
                column: "JudgeId");

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionJudges_PersonId",
                table: "CompetitionJudges",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionJudges_RoundId_UserId",
                table: "CompetitionJudges",
                columns: new[] { "RoundId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionJudges_UserId",
                table: "CompetitionJudges",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionRounds_ProvinceCode",
                table: "CompetitionRounds",
                column: "ProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionRounds_SubmissionClosesAt",
                table: "CompetitionRounds",
                column: "SubmissionClosesAt");

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionScores_CriterionId",
                table: "CompetitionScores",
                column: "CriterionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnthologyBooks");

            migrationBuilder.DropTable(
                name: "CompetitionEntrants");

            migrationBuilder.DropTable(
                name: "CompetitionEntryImages");

            migrationBuilder.DropTable(
                name: "CompetitionJudgeConflicts");

            migrationBuilder.DropTable(
                name: "CompetitionScores");

            migrationBuilder.DropTable(
                name: "CompetitionAssignments");

            migrationBuilder.DropTable(
                name: "CompetitionCriteria");

            migrationBuilder.DropTable(
                name: "CompetitionEntries");

            migrationBuilder.DropTable(
                name: "CompetitionJudges");

            migrationBuilder.DropTable(
                name: "CompetitionRounds");
        }
    }
}
