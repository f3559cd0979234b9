using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Siberindo.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Stories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "Outlets",
                type: "character varying(320)",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CopyOfId",
                table: "Articles",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "StoryId",
                table: "Articles",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Correction",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ArticleId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Origin = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PreviousTitle = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DeclaredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DeclaredBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Correction", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Correction_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Story",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    Title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SourceArticleId = table.Column<long>(type: "bigint", nullable: false),
                    FirstPublished = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastPublished = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ArticleCount = table.Column<int>(type: "integer", nullable: false),
                    OutletCount = table.Column<int>(type: "integer", nullable: false),
                    Updated = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Story", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StoryFingerprint",
                columns: table => new
                {
                    ArticleId = table.Column<long>(type: "bigint", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Outlet = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Published = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Shingles = table.Column<byte[]>(type: "bytea", nullable: false),
                    NumberContexts = table.Column<byte[]>(type: "bytea", nullable: false),
                    Terms = table.Column<byte[]>(type: "bytea", nullable: false),
                    ParagraphHashes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoryFingerprint", x => x.ArticleId);
                    table.ForeignKey(
                        name: "FK_StoryFingerprint_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StoryRedirect",
                columns: table => new
                {
                    FromStoryId = table.Column<long>(type: "bigint", nullable: false),
                    ToStoryId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoryRedirect", x => x.FromStoryId);
                });

            migrationBuilder.CreateTable(
                name: "WorkLease",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkLease", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "CorrectionFollowUp",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CorrectionId = table.Column<long>(type: "bigint", nullable: false),
                    ArticleId = table.Column<long>(type: "bigint", nullable: false),
                    OutletId = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    NotifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FollowedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FollowedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CorrectionFollowUp", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CorrectionFollowUp_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CorrectionFollowUp_Correction_CorrectionId",
                        column: x => x.CorrectionId,
                        principalTable: "Correction",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CorrectionFollowUp_Outlets_OutletId",
                        column: x => x.OutletId,
                        principalTable: "Outlets",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_CopyOfId",
                table: "Articles",
                column: "CopyOfId");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_StoryId_Published",
                table: "Articles",
                columns: new[] { "StoryId", "Published" });

            migrationBuilder.CreateIndex(
                name: "IX_Correction_ArticleId_DeclaredAt",
                table: "Correction",
                columns: new[] { "ArticleId", "DeclaredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CorrectionFollowUp_ArticleId",
                table: "CorrectionFollowUp",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_CorrectionFollowUp_CorrectionId_ArticleId",
                table: "CorrectionFollowUp",
                columns: new[] { "CorrectionId", "ArticleId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CorrectionFollowUp_OutletId_FollowedAt",
                table: "CorrectionFollowUp",
                columns: new[] { "OutletId", "FollowedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Story_LastPublished",
                table: "Story",
                column: "LastPublished");

            migrationBuilder.CreateIndex(
                name: "IX_StoryFingerprint_Sequence",
                table: "StoryFingerprint",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StoryRedirect_ToStoryId",
                table: "StoryRedirect",
                column: "ToStoryId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CorrectionFollowUp");

            migrationBuilder.DropTable(
                name: "Story");

            migrationBuilder.DropTable(
                name: "StoryFingerprint");

            migrationBuilder.DropTable(
                name: "StoryRedirect");

            migrationBuilder.DropTable(
                name: "WorkLease");

            migrationBuilder.DropTable(
                name: "Correction");

            migrationBuilder.DropIndex(
                name: "IX_Articles_CopyOfId",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_StoryId_Published",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "Email",
                table: "Outlets");

            migrationBuilder.DropColumn(
                name: "CopyOfId",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "StoryId",
                table: "Articles");
        }
    }
}
