using Siberindo.Core.Text;

namespace Siberindo.Core.Tests.Text;

public class IndonesianStemmerTests
{
    private static readonly IndonesianStemmer Stemmer = IndonesianStemmer.Default;

    // word -> expected root, grouped by the rule they exercise.
    private const string Pairs = """
        # roots that look affixed stay whole (rule-only stemmers break these); hunspell-id lists a few
        # derived words such as belajar as entries of their own, and the dictionary has the last word
        berita berita
        media media
        pemilu pemilu
        pelajar pelajar
        belajar belajar
        berantas berantas
        perintah perintah
        sekolah sekolah
        masalah masalah
        pesan pesan
        peran peran
        dia dia
        bukan bukan
        akan akan
        jalan jalan
        bulan bulan
        pantai pantai
        minta minta
        ketua ketua
        kota kota
        warga warga
        # particles and possessives
        bukunya buku
        rumahku rumah
        bajumu baju
        itulah itu
        siapakah siapa
        siapapun siapa
        rumahnyalah rumah
        # derivational suffixes
        bantuan bantu
        makanan makan
        tanaman tanam
        lakukan laku
        sampaikan sampai
        obati obat
        kunjungi kunjung
        tindakan tindak
        kenalkan kenal
        # di-
        diberantas berantas
        diculik culik
        dilatih latih
        diangkat angkat
        dibuat buat
        ditangani tangan
        dilaporkan lapor
        diharapkan harap
        diperbaiki baik
        diperkirakan kira
        disosialisasikan sosialisasi
        diselenggarakan selenggara
        dimakan makan
        # ke-
        kebakaran bakar
        kerusakan rusak
        kenaikan naik
        kemenangan menang
        keterpilihan pilih
        ketetapan tetap
        kekerdilan kerdil
        kebanyakan banyak
        kependudukan duduk
        keberhasilan hasil
        kesehatan sehat
        keamanan aman
        kedua dua
        # se-
        sebanyak banyak
        setelah telah
        sebagian bagi
        # ber-
        bermain main
        berlari lari
        bertahan tahan
        berada ada
        berisi isi
        berubah ubah
        berupa rupa
        beragam ragam
        berasal asal
        bekerja kerja
        berjalan jalan
        berhamburan hambur
        berdasarkan dasar
        bersama sama
        berhelm helm
        berkuda kuda
        berhenti henti
        bersekolah sekolah
        # ter-
        terpilih pilih
        terbakar bakar
        tertimpa timpa
        terasa rasa
        terjadi jadi
        termasuk masuk
        terdiri diri
        terkait kait
        # me(N)- with recoding
        memberantas berantas
        mengguncang guncang
        menyalurkan salur
        mengungsi ungsi
        membuat buat
        memakan makan
        memukul pukul
        memotong potong
        mencari cari
        mendapat dapat
        menjual jual
        menulis tulis
        menanam tanam
        menilai nilai
        mengirim kirim
        mengambil ambil
        menggunakan guna
        menghasilkan hasil
        mengkritik kritik
        mengecat cat
        mengebom bom
        melihat lihat
        merusak rusak
        mewarnai warna
        meyakini yakin
        memverifikasi verifikasi
        memfasilitasi fasilitas
        membeli beli
        memiliki milik
        mengobati obat
        menghadiri hadir
        menyampaikan sampai
        menetapkan tetap
        memadamkan padam
        merugikan rugi
        mengatakan kata
        memperbaiki baik
        mempertahankan tahan
        melalui lalu
        mendirikan diri
        mencatat catat
        merekam rekam
        melestarikan lestari
        # pe(N)-, pe(r)- and their confixes
        pemberantasan berantas
        penanggulangan tanggulang
        perekonomian ekonomi
        permainan main
        pengungsi ungsi
        pengungsian ungsi
        pertanian tani
        perlombaan lomba
        pertandingan tanding
        perkuliahan kuliah
        perumahan rumah
        peresmian resmi
        pembangunan bangun
        pembelian beli
        pembakaran bakar
        pembimbingan bimbing
        pemulihan pulih
        pemantauan pantau
        pemadaman padam
        pemeriksaan periksa
        penanaman tanam
        penurunan turun
        penahanan tahan
        penampilan tampil
        penipuan tipu
        pendaftar daftar
        pendidikan didik
        penjualan jual
        penculik culik
        penyaluran salur
        penyelewengan seleweng
        penyelenggaraan selenggara
        pengukuran ukur
        pengurusan urus
        pengelola kelola
        pengujian uji
        pelatihan latih
        pelaku laku
        pelantikan lantik
        pelestarian lestari
        pelayanan layan
        pekerja kerja
        petugas tugas
        pedagang dagang
        pesepak sepak
        pemotor motor
        pewarna warna
        pemerintah perintah
        # reduplication
        anak-anak anak
        berlari-lari lari
        buku-bukunya buku
        tembak-menembak tembak
        """;

    public static TheoryData<string, string> WordRootPairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in Pairs.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            var parts = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            data.Add(parts[0], parts[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WordRootPairs))]
    public void Stems_word_to_its_root(string word, string expectedRoot)
    {
        Assert.Equal(expectedRoot, Stemmer.Stem(word));
    }

    [Fact]
    public void Has_at_least_150_pairs() => Assert.True(WordRootPairs().Count >= 150);

    [Theory]
    [InlineData("diskominfo")]
    [InlineData("majene")]
    [InlineData("abdullah")]
    [InlineData("bpbd")]
    [InlineData("covid19")]
    public void Leaves_unknown_words_whole(string word)
    {
        Assert.Equal(word, Stemmer.Stem(word));
    }

    [Fact]
    public void Removes_only_nya_from_unknown_words()
    {
        Assert.Equal("stunting", Stemmer.Stem("stuntingnya"));
    }

    [Fact]
    public void Lowercases_its_input()
    {
        Assert.Equal("berantas", Stemmer.Stem("Memberantas"));
    }

    [Fact]
    public void Keeps_both_parts_of_a_non_reduplicated_compound()
    {
        Assert.Equal("sayur-mayur", Stemmer.Stem("sayur-mayur"));
    }

    [Fact]
    public void Gives_the_same_answer_from_the_cache()
    {
        var first = Stemmer.Stem("penanggulangan");
        Assert.Equal("tanggulang", first);
        // The second call returns the cached string itself, not a second stemming.
        Assert.Same(first, Stemmer.Stem("penanggulangan"));
    }
}
