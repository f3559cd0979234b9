using System.Globalization;
using Siberindo.Members;

namespace Siberindo.Verification;

public enum ItemOutcome { Unknown = 0, Met = 1, NotMet = 2 }

public sealed record ChecklistItem(string Code, string Label, ItemOutcome Outcome, string Evidence);

/// <summary>A person holding an editorial or business post, and how many outlets they are responsible for in all.</summary>
public sealed record PostHolder(int PersonId, string Name, PositionRole Role, UkwLevel Ukw, string? Certificate, int OutletsResponsibleFor);

public sealed record ManualFinding(bool Met, string Note, DateOnly CheckedOn, string CheckedBy);

/// <summary>What the evaluator knows about one outlet.</summary>
public sealed record ChecklistInput(MemberRecord? Record, IReadOnlyList<PostHolder> Posts, double? StoriesPerDay, IReadOnlyDictionary<string, ManualFinding> Findings);

/// <summary>
/// Evaluates the Dewan Pers checklist for one outlet from the data the registry holds. Each item says met, not met or
/// unknown (data missing), with the evidence it used, so an admin sees why, and what to collect next.
/// </summary>
public static class ChecklistEvaluator
{
    private static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");

    public static List<ChecklistItem> Evaluate(ChecklistInput input, ChecklistOptions rules)
    {
        var r = input.Record;
        var items = new List<ChecklistItem>();

        var form = r?.LegalForm ?? LegalForm.Unknown;
        items.Add(new("badan-hukum", "Badan hukum PT (bukan PT perorangan), koperasi atau yayasan",
            form == LegalForm.Unknown ? ItemOutcome.Unknown : rules.AllowedLegalForms.Contains(form) ? ItemOutcome.Met : ItemOutcome.NotMet,
            $"Badan hukum: {MemberLabels.Of(form)}"));

        items.Add(new("akta", "Akta pendirian dengan maksud usaha pers (KBLI 63122)",
            r?.DeedNumber is null ? ItemOutcome.Unknown : r.DeedNamesPressBusiness ? ItemOutcome.Met : ItemOutcome.NotMet,
            r?.DeedNumber is null ? "Akta belum dicatat" : $"Akta {r.DeedNumber}{(r.DeedDate is { } d ? $" tanggal {d:yyyy-MM-dd}" : "")}; usaha pers: {(r.DeedNamesPressBusiness ? "ya" : "tidak")}"));

        items.Add(new("sk-kemenkumham", "Pengesahan Kemenkumham (SK)",
            r?.KemenkumhamSk is null ? ItemOutcome.Unknown : ItemOutcome.Met, r?.KemenkumhamSk is { } sk ? $"SK {sk}" : "SK belum dicatat"));

        items.Add(new("modal", $"Modal dasar minimal {Rupiah(rules.MinimumCapitalRupiah)}",
            r?.CapitalRupiah is not { } capital ? ItemOutcome.Unknown : capital >= rules.MinimumCapitalRupiah ? ItemOutcome.Met : ItemOutcome.NotMet,
            r?.CapitalRupiah is { } c ? $"Modal {Rupiah(c)}" : "Modal belum dicatat"));

        var editors = input.Posts.Where(p => p.Role is PositionRole.PemimpinRedaksi or PositionRole.PenanggungJawab).ToList();
        var chiefs = editors.Where(p => p.Role == PositionRole.PemimpinRedaksi).DefaultIfEmpty(editors.FirstOrDefault()).Where(p => p is not null).ToList();
        items.Add(new("pemred-ukw", $"Pemimpin redaksi/penanggung jawab bersertifikat UKW {MemberLabels.Of(rules.EditorInChiefUkw)}",
            chiefs.Count == 0 ? ItemOutcome.Unknown : chiefs.All(p => p!.Ukw >= rules.EditorInChiefUkw) ? ItemOutcome.Met : ItemOutcome.NotMet,
            chiefs.Count == 0 ? "Pemimpin redaksi belum dicatat" : string.Join("; ", chiefs.Select(p => $"{p!.Name}: {MemberLabels.Of(p.Ukw)}{(p.Certificate is { } n ? $" ({n})" : "")}"))));

        items.Add(new("rangkap-media", $"Penanggung jawab paling banyak untuk {rules.MaxOutletsPerEditor} media",
            editors.Count == 0 ? ItemOutcome.Unknown : editors.All(p => p.OutletsResponsibleFor <= rules.MaxOutletsPerEditor) ? ItemOutcome.Met : ItemOutcome.NotMet,
            editors.Count == 0 ? "Belum ada penanggung jawab" : string.Join("; ", editors.DistinctBy(p => p.PersonId).Select(p => $"{p.Name}: {p.OutletsResponsibleFor} media"))));

        if (rules.SeparateBusinessAndEditorial)
        {
            var business = input.Posts.Where(p => p.Role == PositionRole.PemimpinPerusahaan).ToList();
            var both = business.Where(b => editors.Any(e => e.PersonId == b.PersonId)).Select(b => b.Name).Distinct().ToList();
            items.Add(new("pisah-jabatan", "Jabatan usaha dan redaksi dipegang orang berbeda",
                business.Count == 0 || editors.Count == 0 ? ItemOutcome.Unknown : both.Count == 0 ? ItemOutcome.Met : ItemOutcome.NotMet,
                business.Count == 0 || editors.Count == 0 ? "Pemimpin perusahaan atau redaksi belum dicatat"
                    : both.Count == 0 ? $"Usaha: {string.Join(", ", business.Select(b => b.Name))}; redaksi: {string.Join(", ", editors.Select(e => e.Name).Distinct())}"
                    : $"Merangkap: {string.Join(", ", both)}"));
        }

        items.Add(Published("alamat", "Situs mencantumkan alamat perusahaan", r?.PublishesAddress, r is null));
        items.Add(Published("boks-redaksi", "Situs mencantumkan boks redaksi", r?.PublishesMasthead, r is null));
        items.Add(Published("pedoman-siber", "Situs mencantumkan Pedoman Pemberitaan Media Siber", r?.PublishesCyberGuideline, r is null));

        if (rules.MinimumStaff > 0)
            items.Add(new("karyawan", $"Minimal {rules.MinimumStaff} karyawan",
                r?.StaffCount is not { } staff ? ItemOutcome.Unknown : staff >= rules.MinimumStaff ? ItemOutcome.Met : ItemOutcome.NotMet,
                r?.StaffCount is { } s ? $"{s} karyawan" : "Jumlah karyawan belum dicatat"));

        items.Add(new("produksi", $"Produksi berita rata-rata minimal {rules.MinimumStoriesPerDay:0.#} per hari",
            input.StoriesPerDay is not { } perDay ? ItemOutcome.Unknown : perDay >= rules.MinimumStoriesPerDay ? ItemOutcome.Met : ItemOutcome.NotMet,
            input.StoriesPerDay is { } p ? $"{p.ToString("0.0", Id)} berita/hari dalam {rules.StoriesWindowDays} hari terakhir (dari feed)" : "Belum ada berita yang diambil"));

        foreach (var manual in rules.ManualItems)
            items.Add(input.Findings.TryGetValue(manual.Code, out var f)
                ? new(manual.Code, manual.Label, f.Met ? ItemOutcome.Met : ItemOutcome.NotMet, $"{f.Note} (diperiksa {f.CheckedBy}, {f.CheckedOn:yyyy-MM-dd})")
                : new(manual.Code, manual.Label, ItemOutcome.Unknown, "Belum diperiksa"));
        return items;
    }

    private static ChecklistItem Published(string code, string label, bool? published, bool noRecord) =>
        new(code, label, noRecord ? ItemOutcome.Unknown : published == true ? ItemOutcome.Met : ItemOutcome.NotMet,
            noRecord ? "Belum diperiksa" : published == true ? "Tercantum di situs" : "Tidak tercantum");

    public static string Rupiah(long amount) => "Rp" + amount.ToString("N0", Id);
}
