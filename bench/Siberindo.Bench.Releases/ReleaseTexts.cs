namespace Siberindo.Bench.Releases;

/// <summary>
/// Ten release templates written for this benchmark (fictional agencies, people and figures). Each is issued five
/// times for other regencies and other figures, so copies of one issue must not be taken for another: the same words,
/// other places and numbers. {R} regency, {P} province, {N}/{M}/{K} figures, {O} an official, {D} a date.
/// </summary>
internal static class ReleaseTexts
{
    public static readonly (string Title, string[] Body)[] Templates =
    [
        ("Pemprov {P} Salurkan {N} Paket Pangan untuk Korban Banjir di {R}",
        [
            "Pemerintah Provinsi {P} menyalurkan {N} paket cadangan pangan kepada warga terdampak banjir di {R}, {D}.",
            "Kepala Dinas Ketahanan Pangan {P}, {O}, mengatakan setiap paket berisi {M} kilogram beras, minyak goreng dan telur.",
            "Penyaluran dilakukan bersama badan penanggulangan bencana dan aparat desa di {K} desa yang masih tergenang.",
            "{O} meminta camat mendata warga yang belum menerima bantuan agar penyaluran tahap berikutnya tepat sasaran.",
        ]),
        ("{N} Posko Perekaman KTP Elektronik Dibuka di {R}",
        [
            "Dinas Kependudukan {P} membuka {N} posko perekaman KTP elektronik di {R} mulai {D} untuk {K} warga yang belum merekam data.",
            "{O}, kepala dinas, menyebut setiap posko melayani hingga {M} warga per hari.",
            "Warga cukup membawa kartu keluarga. Layanan gratis dan buka sampai sore hari.",
        ]),
        ("Vaksinasi Campak Sasar {N} Anak di {R}",
        [
            "Dinas Kesehatan {P} menggelar vaksinasi campak bagi {N} anak usia sekolah di {R} mulai {D}.",
            "Menurut {O}, cakupan imunisasi di daerah itu baru {M} persen sehingga perlu dikejar sebelum akhir tahun.",
            "Vaksinasi dilakukan di {K} puskesmas dan sekolah dasar. Orang tua diminta membawa buku kesehatan anak.",
        ]),
        ("Pemprov {P} Perbaiki {N} Kilometer Jalan Provinsi di {R}",
        [
            "Dinas Pekerjaan Umum {P} mulai memperbaiki {N} kilometer jalan provinsi di {R}, {D}, dengan anggaran Rp{M} miliar.",
            "{O}, kepala bidang bina marga, menargetkan pekerjaan selesai dalam {K} pekan.",
            "Pengendara diminta mengikuti rambu sementara dan arahan petugas di lokasi pekerjaan.",
        ]),
        ("{N} Pelaku UMKM {R} Dapat Sertifikat Halal Gratis",
        [
            "Dinas Koperasi dan UMKM {P} menyerahkan sertifikat halal gratis kepada {N} pelaku usaha mikro di {R}, {D}.",
            "{O} mengatakan program ini menyasar {K} pelaku usaha hingga akhir tahun dengan kuota Rp{M} juta.",
            "Pelaku usaha yang belum terdaftar dapat mendaftar melalui kantor dinas atau pendamping di kecamatan.",
        ]),
        ("Pasar Murah di {R} Sediakan {N} Ton Beras",
        [
            "Pemerintah Provinsi {P} menggelar pasar murah di {R} pada {D} dengan menyediakan {N} ton beras dan bahan pokok lain.",
            "Harga beras di pasar murah Rp{M} ribu per kilogram, lebih rendah dari harga pasar, kata {O}.",
            "Setiap warga dapat membeli paling banyak {K} kilogram dengan menunjukkan KTP.",
        ]),
        ("Pemprov {P} Tanam {N} Bibit Mangrove di Pesisir {R}",
        [
            "Dinas Lingkungan Hidup {P} bersama pelajar menanam {N} bibit mangrove di pesisir {R}, {D}.",
            "{O} menyebut abrasi telah menggerus {M} hektare pantai dalam lima tahun terakhir.",
            "Penanaman akan dilanjutkan di {K} titik lain dengan melibatkan kelompok nelayan.",
        ]),
        ("{N} Guru Honorer di {R} Ikuti Seleksi PPPK",
        [
            "Badan Kepegawaian {P} mencatat {N} guru honorer di {R} mengikuti seleksi pegawai pemerintah dengan perjanjian kerja mulai {D}.",
            "Seleksi berlangsung di {K} lokasi ujian dengan sistem komputer, kata {O}.",
            "Hasil seleksi diumumkan paling lambat {M} hari setelah ujian terakhir.",
        ]),
        ("Bantuan Alat Tangkap untuk {N} Nelayan {R}",
        [
            "Dinas Kelautan dan Perikanan {P} menyerahkan bantuan alat tangkap kepada {N} nelayan kecil di {R}, {D}.",
            "{O} mengatakan bantuan senilai Rp{M} juta itu berupa jaring, mesin perahu dan kotak pendingin.",
            "Kelompok nelayan penerima telah diverifikasi di {K} desa pesisir.",
        ]),
        ("Pemprov {P} Gelar Pelatihan Kerja untuk {N} Pencari Kerja di {R}",
        [
            "Dinas Tenaga Kerja {P} membuka pelatihan kerja gratis bagi {N} pencari kerja di {R} mulai {D}.",
            "Pelatihan berlangsung {K} hari untuk keahlian las, menjahit dan perbaikan telepon genggam, ujar {O}.",
            "Peserta yang lulus akan dipertemukan dengan {M} perusahaan mitra.",
        ]),
    ];

    public static readonly string[] Officials = ["Rina Marlina", "Dedi Kurniawan", "Siti Aminah", "Bambang Sutrisno", "Yuliana Putri", "Agus Salim", "Hendra Gunawan", "Nurul Hidayah"];

    public static readonly string[] OwnSentences =
    [
        "Warga berharap program serupa digelar secara rutin.",
        "Sejumlah warga yang ditemui mengaku terbantu dengan kegiatan tersebut.",
        "Redaksi masih menunggu tanggapan pemerintah kabupaten setempat.",
    ];
}
