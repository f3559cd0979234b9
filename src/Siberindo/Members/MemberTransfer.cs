using System.Globalization;
using CsvHelper;
using Siberindo.Shared;
using Siberindo.Core.Text;
using Microsoft.EntityFrameworkCore;
using Siberindo.Accounts;
using Siberindo.Audit;
using Siberindo.Outlets;
using Siberindo.Statistics;
using Siberindo.Storage;

namespace Siberindo.Members;

/// <summary>
/// Members' files out to CSV/XLSX and back in. The export is what the user's area holds; the import updates the files
/// of outlets already registered (matched by website), all or nothing: every row is checked first, errors are listed
/// by line, and one bad row refuses the whole file.
/// </summary>
public sealed class MemberTransfer(SiberindoDb db, AccessScope scope, AuditLog audit, TimeProvider clock)
{
    public static readonly string[] Columns =
    [
        "name", "website", "regency", "status", "status_since", "joined_on", "legal_form", "deed_number", "deed_date",
        "sk_kemenkumham", "capital", "verification", "administrative_on", "factual_on", "certificate",
    ];

    public async Task<Table> ExportAsync(CancellationToken ct = default)
    {
        var rows = await scope.Outlets(db.Outlets).AsNoTracking()
            .Join(db.Set<MemberRecord>(), o => o.Id, m => m.OutletId, (o, m) => new { o, m })
            .OrderBy(x => x.o.ProvinceCode).ThenBy(x => x.o.Name)
            .ToListAsync(ct);
        return new Table("anggota", Columns, rows.Select(x => new object[]
        {
            x.o.Name, x.o.Website, x.o.RegencyCode ?? "", StatusCode(x.m.Status), x.m.StatusSince, (object?)x.m.JoinedOn ?? "",
            FormCode(x.m.LegalForm), x.m.DeedNumber ?? "", (object?)x.m.DeedDate ?? "", x.m.KemenkumhamSk ?? "", (object?)x.m.CapitalRupiah ?? "",
            VerificationCode(x.o.Verification), (object?)x.m.AdministrativeOn ?? "", (object?)x.m.FactualOn ?? "", x.m.CertificateNumber ?? "",
        }).ToList());
    }

    /// <summary>Rows of a CSV or XLSX file as column name → text, with the line (row) number people see.</summary>
    public static (List<(int Line, Dictionary<string, string?> Cells)> Rows, List<RowError> Errors) Read(Stream file, bool xlsx)
    {
        var rows = new List<(int, Dictionary<string, string?>)>();
        try
        {
            if (xlsx)
            {
                string[]? header = null;
                foreach (var (number, values) in XlsxRows.Read(file, XlsxRows.Members))
                {
                    if (values.Values.All(string.IsNullOrWhiteSpace)) continue;
                    if (header is null)
                    {
                        header = new string[values.Keys.Max() + 1];
                        for (var c = 0; c < header.Length; c++) header[c] = values.GetValueOrDefault(c, "").Trim().ToLowerInvariant();
                        continue;
                    }
                    var cells = new Dictionary<string, string?>();
                    for (var c = 0; c < header.Length; c++) cells[header[c]] = values.GetValueOrDefault(c, "").Trim();
                    rows.Add((number, cells));
                }
                if (header is null) return (rows, [new RowError(1, "Berkas kosong (the file is empty).")]);
                return (rows, Header(header));
            }
            // UTF-8, else windows-1252 (a spreadsheet's "Save as CSV" on Windows); an unclosed quote at its own line.
            using var bytes = new MemoryStream();
            file.CopyTo(bytes);
            var (text, unclosed) = TextFiles.CutAtUnclosedQuote(TextFiles.Decode(bytes.ToArray()));
            if (unclosed is { } open)
                return (rows, [new RowError(open, OutletCsv.UnclosedQuote)]);
            using var reader = new StringReader(text);
            using var csv = CsvFiles.Reader(reader);
            if (!csv.Read() || !csv.ReadHeader()) return (rows, [new RowError(1, "Berkas kosong (the file is empty).")]);
            var names = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToArray();
            while (csv.Read())
            {
                if (csv.Parser.Record is { } record && record.All(string.IsNullOrWhiteSpace)) continue;
                rows.Add((csv.Parser.RawRow, names.Select((n, i) => (n, csv.GetField(i))).ToDictionary(x => x.n, x => x.Item2)));
            }
            return (rows, Header(names));
        }
        catch (XlsxLimitException e)
        {
            return ([], [new RowError(0, e.Message)]);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or ArgumentException or InvalidOperationException or System.Xml.XmlException)
        {
            return (rows, [new RowError(1, $"Berkas tidak dapat dibaca sebagai {(xlsx ? "XLSX" : "CSV")} (unreadable file): {e.Message}")]);
        }
    }

    private static List<RowError> Header(string[] header)
    {
        var missing = new[] { "website", "status" }.Where(c => !header.Contains(c)).ToList();
        return missing.Count == 0 ? [] : [new RowError(1, $"Kolom wajib tidak ada: {string.Join(", ", missing)} (required columns missing; expected {string.Join(",", Columns)}).")];
    }

    public async Task<ImportResult> ImportAsync(List<(int Line, Dictionary<string, string?> Cells)> rows, CancellationToken ct = default)
    {
        scope.Demand(scope.IsBoardAdmin);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var errors = new List<RowError>();
        var outlets = await scope.Outlets(db.Outlets).ToDictionaryAsync(o => o.Domain, StringComparer.OrdinalIgnoreCase, ct);
        var records = await db.Set<MemberRecord>().Where(m => scope.Outlets(db.Outlets).Any(o => o.Id == m.OutletId)).ToDictionaryAsync(m => m.OutletId, ct);
        var seen = new Dictionary<int, int>();
        var plan = new List<(Outlet Outlet, MembershipStatus Status, DateOnly Since, DateOnly? Joined, CompanyDraft Company, VerificationDraft Verification)>();

        foreach (var (line, cells) in rows)
        {
            string? Get(string c) => cells.TryGetValue(c, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
            var rowErrors = new List<string>();
            DateOnly? Date(string c)
            {
                if (Get(c) is not { } text) return null;
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
                rowErrors.Add($"{c}: tanggal '{text}' harus berformat YYYY-MM-DD (date must be YYYY-MM-DD).");
                return null;
            }
            var website = OutletRules.NormalizeWebsite(Get("website"));
            Outlet? outlet = null;
            if (website is null) rowErrors.Add($"Situs '{Get("website")}' bukan URL yang sah (invalid website).");
            else if (!outlets.TryGetValue(OutletRules.DomainOf(website), out outlet))
                rowErrors.Add($"Media {website} tidak terdaftar di wilayah Anda; daftarkan dulu dengan impor media (outlet not registered in your area).");
            else if (seen.TryGetValue(outlet.Id, out var first)) rowErrors.Add($"Media {website} sama dengan baris {first} (duplicate, see line {first}).");
            else seen[outlet.Id] = line;

            var status = ParseStatus(Get("status"));
            if (status is null) rowErrors.Add($"Status '{Get("status")}' tidak dikenal; pakai pemohon, anggota, dibekukan atau keluar (unknown status).");
            var since = Date("status_since") ?? today;
            if (since > today) rowErrors.Add("status_since ada di masa depan (date in the future).");
            var joined = Date("joined_on");
            var form = ParseForm(Get("legal_form"));
            if (form is null) rowErrors.Add($"Badan hukum '{Get("legal_form")}' tidak dikenal; pakai pt, pt-perorangan, koperasi, yayasan atau cv (unknown legal form).");
            long? capital = null;
            if (Get("capital") is { } capitalText)
            {
                if (long.TryParse(capitalText.Replace(".", "").Replace("Rp", "", StringComparison.OrdinalIgnoreCase), NumberStyles.Integer, CultureInfo.InvariantCulture, out var c)) capital = c;
                else rowErrors.Add($"Modal '{capitalText}' bukan angka rupiah (capital must be a whole number of rupiah).");
            }
            var verification = OutletCsv.ParseVerification(Get("verification"));
            if (verification is null) rowErrors.Add($"Status verifikasi '{Get("verification")}' tidak dikenal; pakai belum, administratif atau faktual.");
            var company = new CompanyDraft(form ?? LegalForm.Unknown, Get("deed_number"), Date("deed_date"), Get("sk_kemenkumham"), capital, false, null, null, false, false, false);
            var verificationDraft = new VerificationDraft(verification ?? VerificationStatus.None, Date("administrative_on"), Date("factual_on"), Get("certificate"));
            rowErrors.AddRange(MemberService.Validate(company, today).Select(e => e.Message));
            rowErrors.AddRange(MemberService.Validate(verificationDraft, today).Select(e => e.Message));
            if (outlet is not null && status is { } s && records.TryGetValue(outlet.Id, out var existing) && existing.Status != s && !MemberLabels.CanMove(existing.Status, s))
                rowErrors.Add($"Status tidak dapat diubah dari {MemberLabels.Of(existing.Status)} ke {MemberLabels.Of(s)} (status change not allowed).");
            errors.AddRange(rowErrors.Select(e => new RowError(line, e)));
            if (rowErrors.Count == 0) plan.Add((outlet!, status!.Value, since, joined, company, verificationDraft));
        }
        if (errors.Count > 0) return new ImportResult(0, errors);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var (outlet, status, since, joined, company, verification) in plan)
        {
            if (!records.TryGetValue(outlet.Id, out var record))
            {
                db.Add(record = MemberService.NewRecord(outlet.Id, status, since));
                db.Add(new MembershipEvent { OutletId = outlet.Id, Status = status, On = since, RecordedBy = scope.UserName, Note = "Impor" });
            }
            else if (record.Status != status)
            {
                record.Status = status;
                record.StatusSince = since;
                db.Add(new MembershipEvent { OutletId = outlet.Id, Status = status, On = since, RecordedBy = scope.UserName, Note = "Impor" });
            }
            if (joined is not null) record.JoinedOn = joined;
            else if (status == MembershipStatus.Member) record.JoinedOn ??= since;
            var keep = (record.DeedNamesPressBusiness, record.Address, record.StaffCount, record.PublishesAddress, record.PublishesMasthead, record.PublishesCyberGuideline);
            MemberService.Apply(record, company with
            {
                DeedNamesPressBusiness = keep.DeedNamesPressBusiness, Address = keep.Address, StaffCount = keep.StaffCount,
                PublishesAddress = keep.PublishesAddress, PublishesMasthead = keep.PublishesMasthead, PublishesCyberGuideline = keep.PublishesCyberGuideline,
            });
            MemberService.Apply(outlet, record, verification);
        }
        audit.Record("import", "Members", plan.Count, $"{plan.Count} anggota", scope.ProvinceCode, scope.RegencyCode, $"Impor {plan.Count} baris: {string.Join(", ", plan.Take(20).Select(p => p.Outlet.Name))}{(plan.Count > 20 ? ", …" : "")}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ImportResult(plan.Count, []);
    }

    public static MembershipStatus? ParseStatus(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "pemohon" or "applicant" => MembershipStatus.Applicant,
        "anggota" or "member" => MembershipStatus.Member,
        "dibekukan" or "suspended" => MembershipStatus.Suspended,
        "keluar" or "left" => MembershipStatus.Left,
        _ => null,
    };

    public static LegalForm? ParseForm(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" => LegalForm.Unknown,
        "pt" => LegalForm.PT,
        "pt-perorangan" or "pt perorangan" => LegalForm.PTPerorangan,
        "koperasi" => LegalForm.Koperasi,
        "yayasan" => LegalForm.Yayasan,
        "cv" => LegalForm.CV,
        _ => null,
    };

    public static string StatusCode(MembershipStatus s) => s switch
    {
        MembershipStatus.Applicant => "pemohon", MembershipStatus.Member => "anggota", MembershipStatus.Suspended => "dibekukan", _ => "keluar",
    };

    public static string FormCode(LegalForm f) => f switch
    {
        LegalForm.PT => "pt", LegalForm.PTPerorangan => "pt-perorangan", LegalForm.Koperasi => "koperasi", LegalForm.Yayasan => "yayasan", LegalForm.CV => "cv", _ => "",
    };

    public static string VerificationCode(VerificationStatus v) => v switch
    {
        VerificationStatus.Factual => "faktual", VerificationStatus.Administrative => "administratif", _ => "belum",
    };
}
