using Microsoft.EntityFrameworkCore;
using Siberindo.Boards;
using Siberindo.Members;
using Siberindo.Outlets;
using Siberindo.Programs;
using Siberindo.Regions;
using Siberindo.Storage;
using Siberindo.Verification;

namespace Siberindo.Demo;

/// <summary>
/// Gives the demo network a plausible association: membership histories, companies and people, Dewan Pers states,
/// assistance cases, boards with officers, events with attendance and work programs. Deterministic from the seed
/// (dates are fixed, and anything after today is left out); every person is invented and marked as demo data.
/// Runs once: a database whose demo outlets already have member files is left alone.
/// </summary>
public static class AssociationSeeder
{
    private const string Seeder = "demo";
    private static readonly string[] GivenNames =
        ["Adi", "Bayu", "Citra", "Dewi", "Eka", "Fajar", "Gita", "Hadi", "Indah", "Joko", "Kartika", "Lestari", "Maya", "Nanda", "Oka", "Putri",
         "Rizki", "Sari", "Teguh", "Umar", "Vina", "Wahyu", "Yusuf", "Zahra", "Agus", "Bima", "Dimas", "Fitri", "Hendra", "Intan", "Rahmat", "Siska"];
    private static readonly string[] FamilyNames =
        ["Pratama", "Saputra", "Wibowo", "Lestari", "Hidayat", "Nugroho", "Siregar", "Harahap", "Simanjuntak", "Rahman", "Setiawan", "Kusuma",
         "Putra", "Wijaya", "Halim", "Tanjung", "Situmorang", "Manurung", "Daulay", "Pohan", "Lubis", "Nasution", "Rangkuti", "Sembiring"];
    private static readonly string[] ProgramItems =
        ["Bimtek jurnalistik untuk wartawan anggota", "Pendampingan verifikasi Dewan Pers", "Pelatihan cek fakta", "Literasi digital bersama sekolah",
         "Kerja sama materi berita dengan Diskominfo", "Pembentukan pengurus kabupaten/kota", "Lomba karya tulis", "Pelatihan bisnis media",
         "Bantuan hukum bagi anggota", "Komunitas antihoaks"];

    public static async Task<bool> SeedAsync(SiberindoDb db, RegionCatalog regions, TimeProvider clock, int seed = 2026, CancellationToken ct = default)
    {
        var outlets = await db.Outlets.Where(o => o.IsDemo).OrderBy(o => o.Slug).ToListAsync(ct);
        if (outlets.Count == 0 || await db.Set<MemberRecord>().AnyAsync(m => m.Outlet!.IsDemo, ct)) return false;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var random = new Random(seed);
        string Person() => $"{GivenNames[random.Next(GivenNames.Length)]} {FamilyNames[random.Next(FamilyNames.Length)]}";
        DateOnly Day(DateOnly from, DateOnly to) => from.AddDays(random.Next(Math.Max(1, to.DayNumber - from.DayNumber)));
        DateOnly? Past(DateOnly d) => d <= today ? d : null;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var certificate = 1;
        foreach (var outlet in outlets)
        {
            // Membership: applied, accepted some weeks later; a few were suspended or left since.
            var applied = Day(new DateOnly(2019, 1, 1), today.AddDays(-20));
            var accepted = applied.AddDays(14 + random.Next(60));
            var fate = random.Next(100);
            var events = new List<(MembershipStatus, DateOnly, string)> { (MembershipStatus.Applicant, applied, "Permohonan masuk") };
            if (fate >= 8 && accepted <= today)
            {
                events.Add((MembershipStatus.Member, accepted, "Diterima rapat pengurus"));
                if (fate < 12 && Past(accepted.AddDays(200 + random.Next(400))) is { } suspended) events.Add((MembershipStatus.Suspended, suspended, "Iuran belum dibayar"));
                else if (fate < 15 && Past(accepted.AddDays(300 + random.Next(500))) is { } left) events.Add((MembershipStatus.Left, left, "Mengundurkan diri"));
            }
            var (status, since, _) = events[^1];
            var form = random.Next(20) switch { < 14 => LegalForm.PT, < 16 => LegalForm.Koperasi, < 18 => LegalForm.Yayasan, 18 => LegalForm.PTPerorangan, _ => LegalForm.CV };
            var record = new MemberRecord
            {
                OutletId = outlet.Id, Status = status, StatusSince = since,
                JoinedOn = events.Any(e => e.Item1 == MembershipStatus.Member) ? accepted : null,
                LegalForm = form, DeedNumber = $"{1 + random.Next(60)}/{applied.Year - random.Next(3)}", DeedDate = applied.AddDays(-100 - random.Next(500)),
                KemenkumhamSk = random.Next(10) < 8 ? $"AHU-{random.Next(10000, 99999)}.AH.01.01.Tahun {applied.Year}" : null,
                CapitalRupiah = (10 + random.Next(20) * 10) * 1_000_000L, DeedNamesPressBusiness = random.Next(10) < 8,
                Address = $"Jl. Contoh No. {1 + random.Next(200)}, {outlet.Name.Split(' ', 2)[^1]} (alamat fiktif)", StaffCount = 1 + random.Next(12),
                PublishesAddress = random.Next(10) < 8, PublishesMasthead = random.Next(10) < 9, PublishesCyberGuideline = random.Next(10) < 6,
            };
            // Verification follows the demo network's level for the outlet, dated after it joined.
            if (record.JoinedOn is { } joined && outlet.Verification != VerificationStatus.None)
            {
                var administrative = Past(joined.AddDays(60 + random.Next(500)));
                var factual = administrative is { } a && outlet.Verification == VerificationStatus.Factual ? Past(a.AddDays(120 + random.Next(600))) : null;
                outlet.Verification = factual is not null ? VerificationStatus.Factual : administrative is not null ? VerificationStatus.Administrative : VerificationStatus.None;
                record.AdministrativeOn = administrative;
                record.FactualOn = factual;
                record.CertificateNumber = factual is { } f ? $"DEMO-{certificate++:0000}/DP-Terverifikasi/K/{f:MM}/{f.Year}" : null;
                outlet.VerifiedOn = factual ?? administrative;
            }
            else (outlet.Verification, outlet.VerifiedOn) = (VerificationStatus.None, null);
            db.Add(record);
            foreach (var (s, on, note) in events) db.Add(new MembershipEvent { OutletId = outlet.Id, Status = s, On = on, Note = note, RecordedBy = Seeder });

            // People: the chief editor usually also answers as penanggung jawab; a few outlets merge business and editorial posts.
            var chief = new Person { Name = Person(), Ukw = random.Next(10) < 7 ? UkwLevel.Utama : UkwLevel.Madya };
            chief.UkwCertificate = $"DEMO-UKW-{outlet.Id:00000}-1";
            db.Add(new OutletPosition { OutletId = outlet.Id, Person = chief, Role = PositionRole.PemimpinRedaksi });
            db.Add(new OutletPosition { OutletId = outlet.Id, Person = chief, Role = PositionRole.PenanggungJawab });
            var business = random.Next(10) == 0 ? chief : new Person { Name = Person() };
            db.Add(new OutletPosition { OutletId = outlet.Id, Person = business, Role = PositionRole.PemimpinPerusahaan });
            for (var k = 0; k < 1 + random.Next(4); k++)
            {
                var level = (UkwLevel)random.Next(3);
                db.Add(new OutletPosition
                {
                    OutletId = outlet.Id, Role = k == 0 ? PositionRole.Redaktur : PositionRole.Wartawan,
                    Person = new Person { Name = Person(), Ukw = level, UkwCertificate = level == UkwLevel.None ? null : $"DEMO-UKW-{outlet.Id:00000}-{k + 2}" },
                });
            }
            if (outlet.Verification == VerificationStatus.Factual)
                db.Add(new ChecklistEvidence { OutletId = outlet.Id, Item = "upah-ump", Met = true, Note = "Slip gaji karyawan diperiksa (demo)", CheckedOn = record.FactualOn!.Value, CheckedBy = Seeder });

            // Assistance towards the next level for some members not yet factually verified.
            if (status == MembershipStatus.Member && outlet.Verification != VerificationStatus.Factual && random.Next(3) == 0)
            {
                var opened = Day(today.AddDays(-300), today.AddDays(-10));
                var @case = new AssistanceCase
                {
                    OutletId = outlet.Id, Target = outlet.Verification + 1, Mentor = Person(), OpenedOn = opened,
                    NextAction = random.Next(2) == 0 ? "Lengkapi akta perubahan dan SK Kemenkumham" : "Jadwalkan kunjungan tim verifikasi", NextActionOn = today.AddDays(random.Next(-20, 40)),
                };
                var steps = random.Next(4);
                for (var k = 0; k < steps; k++)
                    @case.Steps.Add(new CaseStep { On = Day(opened, random.Next(3) == 0 ? opened.AddDays(20) : today), Note = k == 0 ? "Berkas administrasi diperiksa bersama pendamping" : "Tindak lanjut kekurangan berkas", RecordedBy = Seeder });
                db.Add(@case);
            }
        }
        await db.SaveChangesAsync(ct);

        // Boards: the national board, most provinces, and some regencies in each of them.
        var national = new Board { Level = BoardLevel.National, TermStart = new DateOnly(2023, 3, 1), TermEnd = new DateOnly(2028, 2, 28), InauguratedOn = Past(new DateOnly(2023, 3, 9)), DecreeNumber = "DEMO/SK/PUSAT/2023" };
        Officers(national);
        db.Add(national);
        var provinceBoards = new List<Board>();
        foreach (var province in regions.Provinces)
        {
            if (random.Next(10) < 2) continue;
            var start = Day(new DateOnly(2021, 1, 1), new DateOnly(2024, 12, 31));
            var board = new Board { Level = BoardLevel.Province, ProvinceCode = province.Code, TermStart = start, TermEnd = start.AddYears(5).AddDays(-1), InauguratedOn = Past(start.AddDays(random.Next(60))), DecreeNumber = $"DEMO/SK/{province.Code}/{start.Year}" };
            Officers(board);
            db.Add(board);
            provinceBoards.Add(board);
            foreach (var regency in regions.Regencies.Where(r => r.ProvinceCode == province.Code))
            {
                if (random.Next(100) >= 45) continue;
                var from = Day(start, today.AddDays(-1) < start ? start.AddDays(1) : today.AddDays(-1));
                var local = new Board { Level = BoardLevel.Regency, ProvinceCode = province.Code, RegencyCode = regency.Code, TermStart = from, TermEnd = from.AddYears(5).AddDays(-1), InauguratedOn = random.Next(5) == 0 ? null : Past(from.AddDays(random.Next(45))), DecreeNumber = $"DEMO/SK/{regency.Code}/{from.Year}" };
                Officers(local);
                db.Add(local);
            }
        }
        await db.SaveChangesAsync(ct);

        // Events with attendance, and each provincial board's work program for the years of its term so far.
        var byProvince = outlets.GroupBy(o => o.ProvinceCode ?? "").ToDictionary(g => g.Key, g => g.ToList());
        for (var year = 2024; year <= today.Year; year++)
        {
            if (Past(new DateOnly(year, 2, 20)) is { } rakernas)
                AddEvent(new AssociationEvent { Kind = EventKind.Rakernas, Title = $"Rapat Kerja Nasional {year}", StartsOn = rakernas, EndsOn = rakernas.AddDays(2), Place = "Jakarta" }, outlets);
            foreach (var board in provinceBoards)
            {
                var members = byProvince.GetValueOrDefault(board.ProvinceCode!, []);
                var name = regions.Province(board.ProvinceCode!)!.Name;
                foreach (var kind in new[] { EventKind.Rakerwil, EventKind.Bimtek, EventKind.Seminar }.Where(_ => random.Next(3) > 0))
                {
                    var on = Day(new DateOnly(year, 3, 1), new DateOnly(year, 11, 30));
                    if (Past(on) is null) continue;
                    var title = kind switch
                    {
                        EventKind.Rakerwil => $"Rapat Kerja Wilayah {name} {year}",
                        EventKind.Bimtek => $"Bimtek Jurnalistik dan Verifikasi Media {name}",
                        _ => $"Seminar Literasi Digital dan Antihoaks {name}",
                    };
                    AddEvent(new AssociationEvent { Kind = kind, Title = title, StartsOn = on, EndsOn = on.AddDays(kind == EventKind.Bimtek ? 1 : 0), Place = $"Aula kantor Diskominfo {name} (demo)", ProvinceCode = board.ProvinceCode }, members);
                }
                if (year < board.TermStart.Year || year > board.TermEnd.Year) continue;
                var program = new WorkProgram { BoardId = board.Id, Year = year };
                foreach (var item in ProgramItems.OrderBy(_ => random.Next()).Take(4 + random.Next(3)))
                    program.Items.Add(new WorkProgramItem
                    {
                        Title = item,
                        Status = year < today.Year ? (random.Next(5) == 0 ? WorkItemStatus.Cancelled : WorkItemStatus.Done) : (WorkItemStatus)random.Next(3),
                    });
                db.Add(program);
            }
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;

        void Officers(Board board)
        {
            foreach (var position in new[] { OfficerPosition.Ketua, OfficerPosition.Sekretaris, OfficerPosition.Bendahara })
                board.Officers.Add(new BoardOfficer { Position = position, Name = Person() });
            if (board.Level != BoardLevel.Regency) board.Officers.Add(new BoardOfficer { Position = OfficerPosition.WakilKetua, Name = Person() });
        }

        void AddEvent(AssociationEvent e, List<Outlet> invited)
        {
            foreach (var outlet in invited.Where(_ => random.Next(3) > 0))
            {
                var attended = random.Next(5) > 0;
                e.Attendance.Add(new EventAttendance { OutletId = outlet.Id, Attended = attended, Participants = attended ? 1 + random.Next(3) : 0 });
            }
            db.Add(e);
        }
    }
}
