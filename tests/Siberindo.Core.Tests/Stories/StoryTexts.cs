using Siberindo.Core.Stories;

namespace Siberindo.Core.Tests.Stories;

/// <summary>Hand-written fictional articles for the story tests.</summary>
static class StoryTexts
{
    public static readonly DateTimeOffset Day = new(2025, 5, 6, 9, 0, 0, TimeSpan.FromHours(7));

    public const string ReleaseTitle = "Pemkab Sigi Bagikan 1.250 Bibit Kakao kepada 84 Kelompok Tani";

    public static readonly string[] ReleaseParagraphs =
    [
        "Pemerintah Kabupaten Sigi membagikan 1.250 bibit kakao unggul kepada 84 kelompok tani di Kecamatan Dolo Selatan, Selasa (6/5/2025). Penyerahan dilakukan langsung oleh Bupati Sigi, Rizal Intjenae, di halaman kantor camat.",
        "Kepala Dinas Pertanian Sigi, Marlina Tandiabang, mengatakan bibit tersebut berasal dari kebun entres milik daerah di Desa Pesaku. Setiap kelompok menerima rata-rata lima belas bibit beserta pupuk organik sebanyak 40 kilogram.",
        "Program peremajaan kakao ini dibiayai APBD 2025 sebesar Rp320 juta. Pemerintah daerah menargetkan produksi kakao naik menjadi 1,4 ton per hektare dalam tiga tahun ke depan.",
        "\u201cPetani jangan hanya menanam, tetapi juga merawat dengan pemangkasan dan sanitasi kebun secara rutin agar serangan hama penggerek buah bisa ditekan,\u201d ujar Rizal dalam sambutannya.",
        "Penyuluh pertanian akan mendampingi setiap kelompok selama enam bulan pertama. Pendampingan meliputi teknik sambung samping, pemupukan berimbang, dan pencatatan hasil panen.",
        "Ketua Kelompok Tani Sinar Harapan, Yusran Lamakarate, menyambut baik bantuan itu karena sebagian besar pohon kakao milik anggotanya sudah berumur lebih dari 25 tahun dan hasilnya terus menurun.",
    ];

    public static string ReleaseBody => "SIGI \u2013 " + string.Join("\n\n", ReleaseParagraphs);

    public static StoryArticle Release(long id = 1, DateTimeOffset? published = null) =>
        new(id, "kabarsigi.id", ReleaseTitle, ReleaseBody, published ?? Day);

    /// <summary>The release republished with another headline and dateline, "Baca Juga", a headline list and a footer.</summary>
    public static StoryArticle Copy(long id, string outlet, DateTimeOffset published) => new(id, outlet,
        "Ratusan Bibit Kakao untuk Petani Dolo Selatan",
        $"{outlet}, Kabupaten Sigi\u2014 SIGI \u2013 " + ReleaseParagraphs[0] + "\n\n" + ReleaseParagraphs[1] + "\n\nBaca Juga: Harga Cengkih di Tolitoli Kembali Naik\n\n"
        + string.Join("\n\n", ReleaseParagraphs[2..]) + "\n\n(rls/red)\n\n- Banjir Rendam Tiga Desa di Parigi\n- Festival Teluk Palu Digelar Akhir Pekan\n\n"
        + $"Ikuti berita terbaru {outlet} di Google News.",
        published);

    /// <summary>An independent report on the same distribution: own words, same place, people and figures.</summary>
    public static StoryArticle Independent(long id, DateTimeOffset published) => new(id, "suaralembah.com",
        "Petani Kakao Dolo Selatan Terima Bibit Baru dari Pemkab Sigi",
        "Sigi\u2014 Wajah Hasanah (52) tampak sumringah saat menerima bibit kakao unggul di kantor camat Dolo Selatan, Selasa (6/5/2025) pagi. Kebun miliknya di Desa Pesaku selama ini hanya menghasilkan sedikit buah.\n\n"
        + "Bupati Sigi Rizal Intjenae menyerahkan 1.250 bibit kakao itu kepada 84 kelompok tani. Dinas Pertanian Sigi menyebut anggaran peremajaan tahun ini mencapai Rp320 juta.\n\n"
        + "\u201cPohon lama sudah tidak berbuah banyak. Semoga bibit baru ini bisa mengangkat panen kami,\u201d kata Hasanah.\n\n"
        + "Penyuluh dari Dinas Pertanian Sigi, Marlina Tandiabang, berjanji turun ke kebun petani Dolo Selatan untuk mengajarkan sambung samping.",
        published);

    /// <summary>The same kind of event in another regency a few days later.</summary>
    public static StoryArticle ElsewhereSimilar(long id, DateTimeOffset published) => new(id, "beritaluwuk.net",
        "Pemkab Banggai Serahkan Bibit Cengkih kepada Petani Toili",
        "LUWUK \u2013 Pemerintah Kabupaten Banggai menyerahkan 900 bibit cengkih kepada 30 kelompok tani di Kecamatan Toili, Jumat (9/5/2025). Bantuan diserahkan Wakil Bupati Banggai, Furqanudin Masulili.\n\n"
        + "Kepala Dinas Perkebunan Banggai, Ridwan Maliki, menyebut bibit berasal dari penangkar lokal di Kecamatan Batui dan dibiayai APBD sebesar Rp150 juta.\n\n"
        + "\u201cKami ingin petani Toili punya sumber penghasilan baru di luar sawit,\u201d ujar Furqanudin.",
        published);

    /// <summary>Next year's release reusing this year's text with other figures and date: a different event.</summary>
    public static StoryArticle Template(long id, DateTimeOffset published) => new(id, "kabarsigi.id",
        "Pemkab Sigi Bagikan 2.100 Bibit Kakao kepada 97 Kelompok Tani",
        "SIGI \u2013 " + string.Join("\n\n", ReleaseParagraphs
            .Select(p => p.Replace("1.250", "2.100").Replace("84", "97").Replace("6/5/2025", "12/5/2026").Replace("40 kilogram", "55 kilogram")
                .Replace("APBD 2025", "APBD 2026").Replace("Rp320", "Rp410").Replace("1,4 ton", "1,7 ton").Replace("25 tahun", "30 tahun"))),
        published);
}
