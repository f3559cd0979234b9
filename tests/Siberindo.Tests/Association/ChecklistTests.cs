using Siberindo.Members;
using Siberindo.Verification;

namespace Siberindo.Tests.Association;

/// <summary>The Dewan Pers checklist rules, evaluated from data, with their configurable thresholds.</summary>
public sealed class ChecklistTests
{
    private static readonly Dictionary<string, ManualFinding> NoFindings = [];

    private static MemberRecord Complete() => new()
    {
        OutletId = 1, Status = MembershipStatus.Member, LegalForm = LegalForm.PT, DeedNumber = "12/2021", DeedDate = new DateOnly(2021, 3, 1),
        DeedNamesPressBusiness = true, KemenkumhamSk = "AHU-1", CapitalRupiah = 50_000_000, StaffCount = 5,
        PublishesAddress = true, PublishesMasthead = true, PublishesCyberGuideline = true,
    };

    private static readonly PostHolder Chief = new(1, "Siti", PositionRole.PemimpinRedaksi, UkwLevel.Utama, "U-1", 1);
    private static readonly PostHolder Responsible = Chief with { Role = PositionRole.PenanggungJawab };
    private static readonly PostHolder Director = new(2, "Budi", PositionRole.PemimpinPerusahaan, UkwLevel.None, null, 0);

    private static Dictionary<string, ItemOutcome> Outcomes(ChecklistInput input, ChecklistOptions? rules = null) =>
        ChecklistEvaluator.Evaluate(input, rules ?? new ChecklistOptions()).ToDictionary(i => i.Code, i => i.Outcome);

    [Fact]
    public void A_complete_file_meets_every_item_the_data_can_settle()
    {
        var outcomes = Outcomes(new ChecklistInput(Complete(), [Chief, Responsible, Director], 12.5, NoFindings));
        Assert.All(outcomes.Where(o => o.Key is not ("upah-ump" or "bpjs")), o => Assert.Equal(ItemOutcome.Met, o.Value));
        Assert.Equal(ItemOutcome.Unknown, outcomes["upah-ump"]);
    }

    [Fact]
    public void Each_rule_fails_on_its_own_condition()
    {
        var record = Complete();
        record.LegalForm = LegalForm.PTPerorangan;
        record.CapitalRupiah = 49_999_999;
        record.PublishesCyberGuideline = false;
        var overloaded = Chief with { Ukw = UkwLevel.Madya, OutletsResponsibleFor = 3 };
        var merged = Director with { PersonId = overloaded.PersonId, Name = overloaded.Name };
        var outcomes = Outcomes(new ChecklistInput(record, [overloaded, merged], 4, NoFindings));
        Assert.Equal(ItemOutcome.NotMet, outcomes["badan-hukum"]);
        Assert.Equal(ItemOutcome.NotMet, outcomes["modal"]);
        Assert.Equal(ItemOutcome.NotMet, outcomes["pedoman-siber"]);
        Assert.Equal(ItemOutcome.NotMet, outcomes["pemred-ukw"]);
        Assert.Equal(ItemOutcome.NotMet, outcomes["rangkap-media"]);
        Assert.Equal(ItemOutcome.NotMet, outcomes["pisah-jabatan"]);
        Assert.Equal(ItemOutcome.NotMet, outcomes["produksi"]);
        Assert.Equal(ItemOutcome.Met, outcomes["alamat"]);
    }

    [Fact]
    public void Missing_data_is_unknown_not_failed_and_thresholds_come_from_configuration()
    {
        var outcomes = Outcomes(new ChecklistInput(null, [], null, NoFindings));
        Assert.All(outcomes, o => Assert.Equal(ItemOutcome.Unknown, o.Value));

        var record = Complete();
        record.CapitalRupiah = 30_000_000;
        var rules = new ChecklistOptions { MinimumCapitalRupiah = 25_000_000, AllowedLegalForms = [LegalForm.PT, LegalForm.PTPerorangan] };
        record.LegalForm = LegalForm.PTPerorangan;
        var relaxed = Outcomes(new ChecklistInput(record, [Chief], 12, NoFindings), rules);
        Assert.Equal(ItemOutcome.Met, relaxed["modal"]);
        Assert.Equal(ItemOutcome.Met, relaxed["badan-hukum"]);
        var evidence = ChecklistEvaluator.Evaluate(new ChecklistInput(record, [Chief], 12, NoFindings), rules).Single(i => i.Code == "modal").Evidence;
        Assert.Equal("Modal Rp30.000.000", evidence);
    }

    [Fact]
    public void Manual_items_take_the_recorded_finding_with_its_evidence()
    {
        var findings = new Dictionary<string, ManualFinding> { ["bpjs"] = new(false, "Hanya 2 dari 5 karyawan terdaftar", new DateOnly(2026, 5, 1), "admin") };
        var item = ChecklistEvaluator.Evaluate(new ChecklistInput(Complete(), [Chief], 12, findings), new ChecklistOptions()).Single(i => i.Code == "bpjs");
        Assert.Equal(ItemOutcome.NotMet, item.Outcome);
        Assert.Contains("Hanya 2 dari 5 karyawan terdaftar", item.Evidence);
    }
}
