using Siberindo.Core.Stories;

namespace Siberindo.Core.Tests.Stories;

/// <summary>
/// What a national network adds to a single outlet's stream: routine news written from one template in many regencies,
/// and places that tell events apart. Texts are invented for these tests.
/// </summary>
public class NationalStreamTests
{
    static readonly DateTimeOffset Day = new(2025, 7, 17, 8, 0, 0, TimeSpan.FromHours(7));
    static readonly PlaceNames Places = new(["Kabupaten Sidoarjo", "Kabupaten Luwu Utara", "Kota Batu", "Kabupaten Garut"], ["Jawa Timur", "Sulawesi Selatan"]);

    static string Prices(string place, string market, string trader, int price, int before) =>
        $"{place.ToUpperInvariant()} – Harga cabai rawit di {market}, Kabupaten {place}, kembali mengalami kenaikan. Berdasarkan pantauan " +
        $"di lapangan pada Kamis (17/7/2025), cabai rawit merah dijual Rp{price}.000 per kilogram, naik dari Rp{before}.000 pada pekan sebelumnya.\n\n" +
        $"Salah seorang pedagang, {trader}, mengatakan kenaikan harga sudah terjadi sejak beberapa hari terakhir karena pasokan dari petani berkurang.\n\n" +
        $"Kepala Dinas Perindustrian dan Perdagangan {place} mengatakan pihaknya terus memantau perkembangan harga kebutuhan pokok di pasar tradisional setiap pekan.";

    [Fact]
    public void One_template_in_two_regencies_is_two_events()
    {
        var index = new StoryIndex(places: Places);
        index.Add(new StoryArticle(1, "bidiksidoarjo.id", "Harga Cabai Rawit di Sidoarjo Tembus Rp60.000",
            Prices("Sidoarjo", "Pasar Tradisional Sidoarjo", "Sumarni Susilowati", 60, 50), Day));
        var other = index.Add(new StoryArticle(2, "lutrahits.id", "Harga Cabai Rawit di Luwu Utara Tembus Rp50.000",
            Prices("Luwu Utara", "Pasar Inpres Luwu Utara", "Hariani Hamid", 50, 45), Day.AddHours(2))).Assignment;
        Assert.Null(other.CopyOfId);
        Assert.Equal(2, other.StoryId);
    }

    [Fact]
    public void A_national_release_is_not_one_regencys_event_of_the_same_kind_and_an_unplaced_report_sharing_its_figures_joins()
    {
        var index = new StoryIndex(places: Places);
        // Earlier news of other kinds, so that the words of a health check are as rare as in a real stream.
        for (var i = 0; i < 40; i++)
            index.Add(new StoryArticle(100 + i, "arsip.id", $"Harga Cabai Rawit Pekan {i}",
                Prices(i % 2 == 0 ? "Garut" : "Luwu Utara", $"Pasar Minggu {i}", $"Pedagang Nomor {i}", 40 + i, 30 + i), Day.AddDays(-10 - i)));
        index.Add(new StoryArticle(1, "bidiksidoarjo.id", "Dinas Kesehatan Kabupaten Sidoarjo Gelar Pemeriksaan Gratis di 15 Puskesmas",
            "SIDOARJO – Dinas Kesehatan Kabupaten Sidoarjo menggelar program pemeriksaan kesehatan gratis bagi warga di 15 puskesmas " +
            "mulai Selasa (15/7/2025). Program pemeriksaan kesehatan gratis itu mencatat 280 warga hingga siang hari.", Day));
        // Its dateline is the republisher's and is stripped: the release names no place, and shares only the kind of event.
        var release = index.Add(new StoryArticle(2, "kabarbatu.id", "Program Cek Kesehatan Gratis Diperluas ke 15 Kabupaten dan Kota",
            "BATU – Melalui siaran pers nomor 8227/HM tertanggal Rabu (16/7/2025), pemerintah memperluas program pemeriksaan kesehatan " +
            "gratis bagi warga ke 15 kabupaten dan kota. Program pemeriksaan kesehatan gratis itu telah dimanfaatkan 303 ribu warga.",
            Day.AddHours(3))).Assignment;
        Assert.Equal(2, release.StoryId);
        // A report without a place that fills the same figure contexts ("280 warga", "15 puskesmas") is the same event.
        var report = index.Add(new StoryArticle(3, "suarajatim.id", "Ratusan Warga Ikuti Pemeriksaan Kesehatan Gratis",
            "Program pemeriksaan kesehatan gratis bagi warga digelar sejak Selasa. Program itu mencatat 280 warga hingga siang hari, " +
            "kata petugas puskesmas.", Day.AddHours(4))).Assignment;
        Assert.Equal(1, report.StoryId);
    }

    [Fact]
    public void A_neighbour_republishing_the_item_is_a_copy_of_it()
    {
        var index = new StoryIndex(places: Places);
        var body = Prices("Sidoarjo", "Pasar Tradisional Sidoarjo", "Sumarni Susilowati", 60, 50);
        index.Add(new StoryArticle(1, "bidiksidoarjo.id", "Harga Cabai Rawit di Sidoarjo Tembus Rp60.000", body, Day));
        var copy = index.Add(new StoryArticle(2, "lintassurabaya.id", "Cabai Rawit di Sidoarjo Naik Jadi Rp60.000",
            "Lintassurabaya.id, Sidoarjo – " + body[(body.IndexOf('–') + 2)..] + "\n\nIkuti Lintassurabaya.id di Google News.", Day.AddHours(3))).Assignment;
        Assert.Equal(1, copy.CopyOfId);
        Assert.Equal(1, copy.StoryId);
    }

    [Fact]
    public void The_same_template_in_one_regency_with_other_figures_and_people_is_another_event()
    {
        var index = new StoryIndex(places: Places);
        index.Add(new StoryArticle(1, "bidiksidoarjo.id", "Harga Cabai Rawit di Sidoarjo Tembus Rp60.000",
            Prices("Sidoarjo", "Pasar Tradisional Sidoarjo", "Sumarni Susilowati", 60, 50), Day));
        var later = index.Add(new StoryArticle(2, "kabarsidoarjo.id", "Harga Cabai Rawit di Sidoarjo Tembus Rp75.000",
            Prices("Sidoarjo", "Pasar Porong", "Wahyu Hidayat", 75, 60), Day.AddDays(1))).Assignment;
        Assert.Null(later.CopyOfId);
        Assert.Equal(2, later.StoryId);
    }

    [Fact]
    public void Places_are_regencies_from_the_catalog_where_capitalised_and_villages_after_their_marker()
    {
        var found = new HashSet<uint>();
        var words = new HashSet<ulong>();
        var tokens = new List<Token>();
        Tokens.Tokenize("Warga Desa Padasuka di Kabupaten Garut menanam batu bata.", tokens);
        Places.Find(tokens.ToArray(), found, words);
        Assert.Equal(2, found.Count); // Padasuka (village) and Garut; "batu" in lower case is no Kota Batu
        var elsewhere = new HashSet<uint>();
        tokens.Clear();
        Tokens.Tokenize("Warga Kota Batu menanam jagung.", tokens);
        Places.Find(tokens.ToArray(), elsewhere, words);
        Assert.True(PlaceNames.Elsewhere(found.Order().ToArray(), elsewhere.Order().ToArray()));
    }

    [Fact]
    public void A_hand_split_holds_when_a_later_copy_matches_both_parts()
    {
        var index = new StoryIndex(places: Places);
        var body = Prices("Sidoarjo", "Pasar Tradisional Sidoarjo", "Sumarni Susilowati", 60, 50);
        index.Add(new StoryArticle(1, "a.id", "Harga cabai di Sidoarjo", body, Day));
        index.Add(new StoryArticle(2, "b.id", "Cabai di Sidoarjo mahal", body, Day.AddHours(1)));
        var split = index.Split([2], id => $"judul {id}");
        Assert.NotNull(split);
        Assert.Equal(2, split.Value.StoryId);
        var third = index.Add(new StoryArticle(3, "c.id", "Cabai rawit Sidoarjo", body, Day.AddHours(2))).Assignment;
        Assert.Equal(1, third.CopyOfId);
        Assert.NotEqual(index.GetAssignment(1)!.StoryId, index.GetAssignment(2)!.StoryId);
        Assert.NotNull(index.Merge(1, 2));
        Assert.Equal(index.GetAssignment(1)!.StoryId, index.GetAssignment(2)!.StoryId);
    }
}
