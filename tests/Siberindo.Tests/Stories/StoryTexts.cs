using Siberindo.Articles;

namespace Siberindo.Tests.Stories;

/// <summary>Two unrelated press releases (written for these tests), republished copies of them, and a round-up that
/// copies both.</summary>
public static class StoryTexts
{
    public static readonly string[] Seeds =
    [
        "Pemerintah Kabupaten Sumbawa menyalurkan 12 ton benih jagung hibrida kepada 340 petani di Kecamatan Lape dan Lopok pada Senin pagi. Bupati Sumbawa, Rahmat Hidayat, menyerahkan bantuan itu secara simbolis di Balai Desa Lape bersama Kepala Dinas Pertanian setempat.",
        "Menurut Rahmat, bantuan benih tersebut bersumber dari anggaran daerah tahun ini dan ditujukan bagi kelompok tani yang lahannya terdampak kekeringan panjang. Ia meminta para penyuluh mendampingi petani sejak masa tanam sampai panen agar hasilnya maksimal.",
        "Kepala Dinas Pertanian Sumbawa, Wayan Sudarta, menjelaskan setiap petani menerima rata-rata 35 kilogram benih ditambah pupuk organik cair. Pihaknya menargetkan produktivitas jagung naik menjadi 7 ton per hektare pada musim tanam berikutnya.",
        "Salah seorang penerima, Sahabuddin dari Desa Lopok, mengaku bersyukur atas bantuan tersebut. Ia berharap pemerintah juga memperbaiki saluran irigasi tersier yang rusak agar sawah tadah hujan di desanya bisa ditanami dua kali setahun.",
    ];

    public static readonly string[] Other =
    [
        "Ratusan pelari dari berbagai daerah mengikuti lomba lari Tepian Mahakam 10K di Samarinda, Kalimantan Timur, Minggu pagi. Lomba yang digelar Komunitas Pelari Borneo itu dilepas langsung oleh Wali Kota Samarinda, Andi Harun, dari Taman Samarendah.",
        "Ketua panitia, Yosephine Lumbantobing, mengatakan jumlah peserta tahun ini mencapai 1.250 orang, naik hampir dua kali lipat dibanding tahun lalu. Rute lomba menyusuri tepi Sungai Mahakam dan melewati Jembatan Mahakam yang ditutup sementara untuk kendaraan.",
        "Juara kategori putra diraih Markus Wenda asal Jayapura dengan catatan waktu 31 menit 12 detik, sedangkan kategori putri dimenangi Dewi Anggraini dari Balikpapan. Para pemenang membawa pulang hadiah uang tunai dan medali yang dibuat perajin lokal.",
        "Andi Harun berharap lomba serupa menjadi agenda wisata olahraga tahunan yang menggerakkan ekonomi warga. Pedagang makanan di sekitar Taman Samarendah mengaku dagangan mereka laris sejak subuh karena ramainya pelari dan penonton.",
    ];

    public static string Body(string[] paragraphs, string dateline, string? footer = null) =>
        dateline + " – " + string.Join("\n\n", paragraphs) + (footer is null ? "" : "\n\n" + footer);

    public static IncomingArticle Article(string guid, string domain, string title, string body, DateTime published) =>
        new(guid, $"https://{domain}/{guid}", title, null, body, null, published);
}
