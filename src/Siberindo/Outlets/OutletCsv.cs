using System.Globalization;
using CsvHelper;
using Siberindo.Shared;
using Siberindo.Core.Text;

namespace Siberindo.Outlets;

/// <summary>
/// Reads the outlet import file: a CSV with a header row naming the columns
/// <c>name, company, website, regency, verification, verified_on, feeds</c> (feeds separated by spaces or "|").
/// Values that cannot be read become row errors with their line number; nothing is skipped silently.
/// </summary>
public static class OutletCsv
{
    public static readonly string[] Columns = ["name", "company", "website", "regency", "verification", "verified_on", "feeds"];
    private static readonly string[] Required = ["name", "website", "regency"];

    public const string UnclosedQuote = "Tanda kutip (\") dibuka tetapi tidak ditutup; baris ini dan sesudahnya tidak dapat dibaca (unclosed quote).";

    /// <summary>Reads the file's bytes: UTF-8, else windows-1252 (<see cref="TextFiles.Decode"/>).</summary>
    public static (List<(int Line, OutletDraft Draft)> Rows, List<RowError> Errors) Read(byte[] file)
    {
        var (text, unclosed) = TextFiles.CutAtUnclosedQuote(TextFiles.Decode(file));
        var (rows, errors) = Read(new StringReader(text));
        if (unclosed is { } line)
            errors.Add(new RowError(line, UnclosedQuote));
        return (rows, errors);
    }

    public static (List<(int Line, OutletDraft Draft)> Rows, List<RowError> Errors) Read(TextReader text)
    {
        var rows = new List<(int, OutletDraft)>();
        var errors = new List<RowError>();
        using var csv = CsvFiles.Reader(text);
        if (!csv.Read() || !csv.ReadHeader())
        {
            errors.Add(new RowError(1, "Berkas kosong: baris pertama harus berisi judul kolom (the file is empty; the first line must name the columns)."));
            return (rows, errors);
        }
        var header = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var missing = Required.Where(r => !header.Contains(r)).ToList();
        if (missing.Count > 0)
        {
            errors.Add(new RowError(1, $"Kolom wajib tidak ada: {string.Join(", ", missing)} (required columns missing; expected {string.Join(",", Columns)})."));
            return (rows, errors);
        }

        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            string? Get(string column) => header.Contains(column) ? csv.GetField(column) : null;
            if (csv.Parser.Record is { } record && record.All(string.IsNullOrWhiteSpace)) continue;

            var verification = ParseVerification(Get("verification"));
            if (verification is null)
                errors.Add(new RowError(line, $"Status verifikasi '{Get("verification")}' tidak dikenal; pakai belum, administratif atau faktual (unknown verification status)."));
            DateOnly? verifiedOn = null;
            if (Get("verified_on") is { Length: > 0 } dateText)
            {
                if (DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) verifiedOn = d;
                else errors.Add(new RowError(line, $"Tanggal '{dateText}' harus berformat YYYY-MM-DD (date must be YYYY-MM-DD)."));
            }
            var feeds = (Get("feeds") ?? "").Split([' ', '|', ';', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            rows.Add((line, new OutletDraft(Get("name"), Get("company"), Get("website"), Get("regency"),
                verification ?? VerificationStatus.None, verifiedOn, feeds)));
        }
        return (rows, errors);
    }

    public static VerificationStatus? ParseVerification(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "belum" or "none" or "belum terverifikasi" => VerificationStatus.None,
        "administratif" or "administrative" or "terverifikasi administratif" => VerificationStatus.Administrative,
        "faktual" or "factual" or "terverifikasi faktual" => VerificationStatus.Factual,
        _ => null,
    };
}
