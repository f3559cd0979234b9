namespace Siberindo.Demo;

/// <summary>
/// Sentence templates for the demo network. All people, outlets and events are invented; every article ends by
/// saying it is demo data. {R} is the regency or city, {P} the province, {N}/{M} numbers, {D} a weekday and date,
/// {K} a press release's number.
/// Every lead carries its own figures and date, as real leads do: feeds give the crawler only the lead, and two
/// events told in the same words differ there.
/// </summary>
internal static class DemoText
{
    public static readonly string[] OutletPrefixes =
        ["Kabar", "Warta", "Suara", "Lintas", "Info", "Berita", "Radar", "Gema", "Detak", "Jurnal", "Pena", "Sorot"];

    public static readonly string[] Weekdays = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

    public static readonly (string Title, string[] Body)[] LocalStories =
    [
        ("Pemerintah {R} Salurkan {N} Paket Bantuan untuk Warga Terdampak Banjir",
        [
            "Pemerintah {R} menyalurkan {N} paket bantuan kepada warga yang terdampak banjir di {M} desa, {D}.",
            "Bantuan berisi beras, minyak goreng, selimut dan perlengkapan bayi. Penyaluran dilakukan bersama relawan dan aparat desa.",
            "Kepala pelaksana badan penanggulangan bencana setempat meminta warga tetap waspada karena curah hujan diperkirakan masih tinggi.",
        ]),
        ("{N} Pelajar {R} Ikuti Lomba Cerdas Cermat Tingkat Daerah",
        [
            "Sebanyak {N} pelajar dari {M} sekolah di {R} mengikuti lomba cerdas cermat tingkat daerah, {D}.",
            "Lomba menguji pengetahuan umum, sejarah daerah dan literasi digital. Pemenang akan mewakili daerah di tingkat provinsi {P}.",
            "Panitia berharap kegiatan ini menumbuhkan minat baca dan semangat belajar para pelajar.",
        ]),
        ("Dinas Kesehatan {R} Gelar Pemeriksaan Gratis di {M} Puskesmas",
        [
            "Dinas Kesehatan {R} menggelar pemeriksaan kesehatan gratis di {M} puskesmas mulai {D}. Hingga siang hari tercatat {N} warga telah diperiksa.",
            "Layanan meliputi cek tekanan darah, gula darah dan konsultasi gizi.",
            "Warga cukup membawa kartu identitas untuk mendapatkan layanan tersebut.",
        ]),
        ("Perbaikan Jalan Antarkecamatan di {R} Ditargetkan Rampung Bulan Depan",
        [
            "Perbaikan jalan penghubung antarkecamatan sepanjang {M} kilometer di {R} dengan anggaran Rp{N} juta mulai dikerjakan, {D}.",
            "Selama pengerjaan, pengendara diminta berhati-hati dan mengikuti arahan petugas.",
            "Warga menyambut baik perbaikan karena jalan tersebut menjadi jalur utama pengangkutan hasil pertanian.",
        ]),
        ("Festival Kuliner {R} Dikunjungi {N} Orang dalam Sehari",
        [
            "Festival kuliner khas {R} yang digelar di alun-alun kota dikunjungi sekitar {N} orang dan diikuti {M} pelaku usaha mikro pada hari pertama, {D}.",
            "Para pelaku usaha menjajakan makanan tradisional dan produk olahan lokal.",
            "Panitia menyebut festival ini menjadi ajang promosi wisata sekaligus penggerak ekonomi warga.",
        ]),
        ("Petani {R} Panen Raya Padi di Lahan {N} Hektare",
        [
            "Petani di {R} memulai panen raya padi di lahan seluas {N} hektare dengan produktivitas sekitar {M} ton per hektare, {D}.",
            "Produktivitas tahun ini diperkirakan naik dibanding musim tanam sebelumnya.",
            "Kelompok tani berharap harga gabah tetap stabil hingga akhir musim panen.",
        ]),
        ("{N} Pelaku UMKM {R} Dilatih Pemasaran Digital",
        [
            "Sebanyak {N} pelaku usaha mikro, kecil dan menengah di {R} mengikuti pelatihan pemasaran digital selama {M} hari mulai {D}.",
            "Peserta belajar memotret produk, menulis deskripsi yang menarik dan berjualan melalui lokapasar.",
            "Pelatihan akan dilanjutkan dengan pendampingan.",
        ]),
        ("Harga Cabai di Pasar {R} Naik Menjadi Rp{N} Ribu per Kilogram",
        [
            "Harga cabai rawit di pasar tradisional {R} naik menjadi Rp{N} ribu per kilogram setelah naik {M} hari berturut-turut, {D}.",
            "Pedagang menyebut pasokan dari sentra produksi berkurang karena cuaca.",
            "Pemerintah daerah berencana menggelar operasi pasar bila harga terus naik.",
        ]),
        ("Kebakaran Hanguskan {M} Rumah di {R}",
        [
            "Kebakaran menghanguskan {M} rumah warga di {R}, {D} dini hari. Petugas mengerahkan {N} personel untuk memadamkan api.",
            "Tidak ada korban jiwa dalam peristiwa itu. Beberapa unit mobil pemadam dikerahkan untuk menjinakkan api.",
            "Penyebab kebakaran masih diselidiki. Kerugian ditaksir mencapai ratusan juta rupiah.",
        ]),
        ("Perpustakaan Keliling {R} Sambangi {M} Desa Terpencil",
        [
            "Perpustakaan keliling {R} menyambangi {M} desa terpencil dan meminjamkan sekitar {N} buku sepanjang pekan ini, {D}.",
            "Buku dipinjamkan kepada anak-anak dan warga. Program ini digelar untuk meningkatkan minat baca.",
            "Pengelola berencana menambah armada agar jangkauan layanan lebih luas.",
        ]),
    ];

    public static readonly (string Title, string[] Body)[] Releases =
    [
        ("Kementerian Ajak Media Siber Perangi Hoaks Jelang Musim Liburan",
        [
            "Melalui siaran pers nomor {K}/HM tertanggal {D}, kementerian yang membidangi komunikasi mengajak media siber di seluruh daerah memerangi hoaks menjelang musim liburan setelah menangani {N} konten hoaks sepanjang bulan lalu.",
            "Dalam siaran persnya, kementerian mencatat sebagian besar konten itu terkait penipuan daring.",
            "Masyarakat diimbau memeriksa kebenaran informasi sebelum membagikannya dan melaporkan konten mencurigakan melalui kanal resmi.",
            "Kementerian juga menyiapkan pelatihan cek fakta bagi {M} jurnalis media siber pada tahun ini.",
        ]),
        ("Badan Meteorologi Imbau Warga Waspada Cuaca Ekstrem Sepekan ke Depan",
        [
            "Melalui siaran pers nomor {K}/HM tertanggal {D}, badan meteorologi mengimbau warga di {M} provinsi mewaspadai potensi cuaca ekstrem berupa hujan lebat dan angin kencang sepekan ke depan.",
            "Hujan dengan intensitas tinggi diperkirakan turun di provinsi-provinsi itu. Gelombang laut dapat mencapai {N} meter di sejumlah perairan.",
            "Warga di daerah rawan banjir dan longsor diminta menyiapkan rencana evakuasi dan memantau informasi resmi.",
        ]),
        ("Pemerintah Buka Pendaftaran Beasiswa untuk {N} Mahasiswa",
        [
            "Melalui siaran pers nomor {K}/HM tertanggal {D}, pemerintah membuka pendaftaran beasiswa bagi {N} mahasiswa dari keluarga kurang mampu selama {M} hari.",
            "Pendaftaran dibuka melalui laman resmi. Beasiswa mencakup biaya kuliah dan biaya hidup.",
            "Calon penerima wajib melampirkan surat keterangan dari kampus dan dokumen kependudukan.",
        ]),
        ("Program Cek Kesehatan Gratis Diperluas ke {M} Kabupaten dan Kota",
        [
            "Melalui siaran pers nomor {K}/HM tertanggal {D}, pemerintah memperluas program pemeriksaan kesehatan gratis ke {M} kabupaten dan kota setelah lebih dari {N} ribu warga memanfaatkannya.",
            "Layanan tersedia di puskesmas terdekat.",
            "Pemeriksaan meliputi skrining penyakit tidak menular, kesehatan gigi dan kesehatan jiwa.",
        ]),
    ];

    /// <summary>
    /// Articles about the demo desk's hoax (<see cref="DemoFactCheckSeeder"/>: sembako through a paid sign-up link):
    /// outlets that pass the chain message on as news, and one kind that checks it with the social affairs office.
    /// The matching stage labels the first "Cek fakta: HOAKS" and the second "Memeriksa klaim".
    /// </summary>
    public static readonly (string Title, string[] Body)[] HoaxRepeats =
    [
        ("Viral Pesan Berantai Sembako Gratis dari Pemerintah {R}, Warga Cukup Isi Tautan",
        [
            "Pesan berantai berisi tawaran paket sembako gratis dari Pemerintah {R} beredar di grup WhatsApp warga sejak {D}.",
            "Dalam pesan itu warga cukup mengisi tautan pendaftaran dan membayar biaya administrasi Rp25 ribu untuk menerima paket sembako gratis, yang disebut dibagikan kepada {N} keluarga.",
            "Sejumlah warga mengaku sudah mengisi data diri di tautan tersebut dan kini menunggu kiriman paket.",
        ]),
        ("Warga {R} Ramai Bagikan Tautan Pendaftaran Sembako Gratis di WhatsApp",
        [
            "Tautan pendaftaran paket sembako gratis yang mengatasnamakan pemerintah kabupaten ramai dibagikan warga {R} lewat WhatsApp, {D}.",
            "Pesan yang beredar menyebut warga cukup mengisi formulir di tautan itu dan membayar biaya administrasi Rp25 ribu agar paket sembako gratis dikirim ke rumah.",
            "Pesan tersebut sudah diteruskan ke sedikitnya {M} grup warga.",
        ]),
        ("Pesan Sembako Gratis Lewat Tautan Pendaftaran Kembali Beredar di {R}",
        [
            "Pesan berantai tentang pembagian sembako gratis lewat tautan pendaftaran kembali beredar di {R}, {D}.",
            "Penerima pesan diminta mengisi tautan pendaftaran di WhatsApp dan membayar biaya administrasi Rp25 ribu untuk mendapat paket sembako gratis dari pemerintah kabupaten.",
            "Pesan itu juga meminta warga meneruskannya kepada {M} kontak lain.",
        ]),
    ];

    public static readonly (string Title, string[] Body) HoaxCheck =
        ("Dinas Sosial {R} Pastikan Pesan Sembako Gratis Lewat Tautan Berbayar Hoaks",
        [
            "Dinas Sosial {R} menegaskan pesan berantai tentang pendaftaran paket sembako gratis lewat tautan di WhatsApp dengan biaya administrasi Rp25 ribu adalah hoaks, {D}.",
            "\"Bantuan sembako disalurkan lewat data desa tanpa biaya apa pun. Tautan itu mencatut nama pemerintah daerah,\" kata kepala dinas dalam klarifikasinya.",
            "Warga diminta tidak mengisi data diri di tautan tersebut dan melaporkan pesan serupa kepada aparat desa.",
        ]);

    public const string DemoNotice = "Artikel ini adalah data demo Siberindo: tokoh, media dan peristiwanya fiktif.";
}
