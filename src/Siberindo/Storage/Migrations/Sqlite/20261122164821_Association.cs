using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Siberindo.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Association : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ScopeOutletId",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScopeProvinceCode",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScopeRegencyCode",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 5,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AssistanceCase",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OutletId = table.Column<int>(type: "INTEGER", nullable: false),
                    Target = table.Column<int>(type: "INTEGER", nullable: false),
                    Mentor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NextAction = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    NextActionOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssistanceCase", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssistanceCase_Outlets_OutletId",
                        column: x => x.OutletId,
                        principalTable: "Outlets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EntityName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    RegencyCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Board",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    RegencyCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    TermStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TermEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    InauguratedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecreeNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Board", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Board_Provinces_ProvinceCode",
                        column: x => x.ProvinceCode,
                        principalTable: "Provinces",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Board_Regencies_RegencyCode",
                        column: x => x.RegencyCode,
                        principalTable: "Regencies",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ChecklistEvidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OutletId = table.Column<int>(type: "INTEGER", nullable: false),
                    Item = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Met = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CheckedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChecklistEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChecklistEvidence_Outlets_OutletId",
                        column: x => x.OutletId,
                        principalTable: "Outlets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Events",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    RegencyCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Events_Provinces_ProvinceCode",
                        column: x => x.ProvinceCode,
                        principalTable: "Provinces",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Events_Regencies_RegencyCode",
                        column: x => x.RegencyCode,
                        principalTable: "Regencies",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MemberRecord",
                columns: table => new
                {
                    OutletId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    StatusSince = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LegalForm = table.Column<int>(type: "INTEGER", nullable: false),
                    DeedNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DeedDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    KemenkumhamSk = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CapitalRupiah = table.Column<long>(type: "INTEGER", nullable: true),
                    DeedNamesPressBusiness = table.Column<bool>(type: "INTEGER", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    StaffCount = table.Column<int>(type: "INTEGER", nullable: true),
                    PublishesAddress = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishesMasthead = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishesCyberGuideline = table.Column<bool>(type: "INTEGER", nullable: false),
                    AdministrativeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FactualOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberRecord", x => x.OutletId);
                    table.ForeignKey(
                        name: "FK_MemberRecord_Outlets_OutletId",
                        column: x => x.OutletId,
                        principalTable: "Outlets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MembershipEvent",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OutletId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MembershipEvent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MembershipEvent_Outlets_OutletId",
                        column: x => x.OutletId,
                        principalTable: "Outlets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Ukw = table.Column<int>(type: "INTEGER", nullable: false),
                    UkwCertificate = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseStep",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseStep", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseStep_AssistanceCase_CaseId",
                        column: x => x.CaseId,
                        principalTable: "AssistanceCase",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BoardOfficer",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BoardId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OutletId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoardOfficer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BoardOfficer_Board_BoardId",
                        column: x => x.BoardId,
                        principalTable: "Board",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BoardOfficer_Outlets_OutletId",
                        column: x => x.OutletId,
                        principalTable: "Outlets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "WorkProgram",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BoardId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkProgram", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkProgram_Board_BoardId",
                        column: x => x.BoardId,
                        principalTable: "Board",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventAttendance",
                columns: table => new
                {
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    OutletId = table.Column<int>(type: "INTEGER", nullable: false),
                    Attended = table.Column<bool>(type: "INTEGER", nullable: false),
                    Participants = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventAttendance", x => new { x.EventId, x.OutletId });
                    table.ForeignKey(
                        name: "FK_EventAttendance_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EventAttendance_Outlets_OutletId",
                        column: x => x.OutletId,
                        principalTable: "Outlets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutletPosition",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OutletId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutletPosition", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutletPosition_Outlets_OutletId",
                        column: x => x.OutletId,
                        principalTable: "Outlets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OutletPosition_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkProgramItem",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkProgramId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkProgramItem", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkProgramItem_WorkProgram_WorkProgramId",
                        column: x => x.WorkProgramId,
                        principalTable: "WorkProgram",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AssistanceCase_OutletId_ClosedOn",
                table: "AssistanceCase",
                columns: new[] { "OutletId", "ClosedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_EntityId",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ProvinceCode_At",
                table: "AuditEntries",
                columns: new[] { "ProvinceCode", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Board_ProvinceCode_Level",
                table: "Board",
                columns: new[] { "ProvinceCode", "Level" });

            migrationBuilder.CreateIndex(
                name: "IX_Board_RegencyCode",
                table: "Board",
                column: "RegencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_BoardOfficer_BoardId",
                table: "BoardOfficer",
                column: "BoardId");

            migrationBuilder.CreateIndex(
                name: "IX_BoardOfficer_OutletId",
                table: "BoardOfficer",
                column: "OutletId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseStep_CaseId",
                table: "CaseStep",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ChecklistEvidence_OutletId_Item",
                table: "ChecklistEvidence",
                columns: new[] { "OutletId", "Item" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EventAttendance_OutletId",
                table: "EventAttendance",
                column: "OutletId");

            migrationBuilder.CreateIndex(
                name: "IX_Events_ProvinceCode_StartsOn",
                table: "Events",
                columns: new[] { "ProvinceCode", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Events_RegencyCode",
                table: "Events",
                column: "RegencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_MemberRecord_Status",
                table: "MemberRecord",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_MembershipEvent_OutletId_On",
                table: "MembershipEvent",
                columns: new[] { "OutletId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_OutletPosition_OutletId_PersonId_Role",
                table: "OutletPosition",
                columns: new[] { "OutletId", "PersonId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutletPosition_PersonId",
                table: "OutletPosition",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_People_UkwCertificate",
                table: "People",
                column: "UkwCertificate",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkProgram_BoardId_Year",
                table: "WorkProgram",
                columns: new[] { "BoardId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkProgramItem_WorkProgramId",
                table: "WorkProgramItem",
                column: "WorkProgramId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "BoardOfficer");

            migrationBuilder.DropTable(
                name: "CaseStep");

            migrationBuilder.DropTable(
                name: "ChecklistEvidence");

            migrationBuilder.DropTable(
                name: "EventAttendance");

            migrationBuilder.DropTable(
                name: "MemberRecord");

            migrationBuilder.DropTable(
                name: "MembershipEvent");

            migrationBuilder.DropTable(
                name: "OutletPosition");

            migrationBuilder.DropTable(
                name: "WorkProgramItem");

            migrationBuilder.DropTable(
                name: "AssistanceCase");

            migrationBuilder.DropTable(
                name: "Events");

            migrationBuilder.DropTable(
                name: "People");

            migrationBuilder.DropTable(
                name: "WorkProgram");

            migrationBuilder.DropTable(
                name: "Board");

            migrationBuilder.DropColumn(
                name: "ScopeOutletId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "ScopeProvinceCode",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "ScopeRegencyCode",
                table: "AspNetUsers");
        }
    }
}
