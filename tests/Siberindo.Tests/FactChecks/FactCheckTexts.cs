namespace Siberindo.Tests.FactChecks;

/// <summary>Articles written for these tests about the fixture's claim (testdata/claimreview.json): one spreads it,
/// one checks it, and two are true news on the same topic and in the same regency, which must stay unlabelled.</summary>
public static class FactCheckTexts
{
    public static readonly (string Guid, string Title, string Body) Repeats = ("kulit-1",
        "Viral Pesan Dokter RSUD Sleman: Rebusan Kulit Manggis Sembuhkan Diabetes dalam Tiga Hari",
        "SLEMAN – Sebuah pesan berantai yang disebut berasal dari dokter penyakit dalam RSUD Sleman ramai dibagikan di grup WhatsApp warga.\n\n" +
        "Pesan itu menyebut air rebusan kulit manggis yang diminum dua kali sehari, pagi dan malam, mampu menyembuhkan diabetes dalam tiga hari. " +
        "Penderita disebut tidak perlu lagi suntik insulin setelah rutin meminumnya.\n\n" +
        "Sejumlah pedagang buah di Pasar Pakem mengaku kulit manggis kini ikut diburu warga. \"Banyak yang tanya kulitnya saja,\" kata seorang pedagang.");

    public static readonly (string Guid, string Title, string Body) Debunks = ("kulit-2",
        "RSUD Sleman Bantah Pesan Berantai Kulit Manggis Sembuhkan Diabetes",
        "SLEMAN – Manajemen RSUD Sleman menegaskan pesan berantai tentang rebusan kulit manggis penyembuh diabetes yang mencatut nama dokternya adalah hoaks.\n\n" +
        "\"Tidak ada dokter kami yang membuat pesan itu. Kulit manggis belum terbukti menyembuhkan diabetes, dan pasien jangan berhenti suntik insulin,\" kata juru bicara rumah sakit dalam klarifikasinya.\n\n" +
        "Rumah sakit meminta warga memeriksa kebenaran kabar kesehatan sebelum membagikannya.");

    public static readonly (string Guid, string Title, string Body)[] NearMisses =
    [
        ("manggis-3", "Petani Manggis di Sleman Panen Raya, Harga di Tingkat Petani Naik",
            "SLEMAN – Petani manggis di lereng Merapi, Kabupaten Sleman, memasuki panen raya bulan ini. Harga manggis di tingkat petani naik menjadi Rp18.000 per kilogram.\n\n" +
            "Kelompok tani di Turi mengolah kulit manggis menjadi teh celup dan pewarna kain agar tidak terbuang.\n\n" +
            "Dinas Pertanian Sleman mencatat produksi manggis tahun ini sekitar 900 ton."),
        ("diabetes-4", "RSUD Sleman Buka Klinik Edukasi Diabetes untuk Pasien Baru",
            "SLEMAN – RSUD Sleman membuka klinik edukasi bagi pasien diabetes yang baru terdiagnosis. Pasien belajar mengatur makan, memeriksa gula darah dan menyuntik insulin sendiri.\n\n" +
            "Dokter penyakit dalam rumah sakit itu mengatakan kelas digelar dua kali sepekan dan gratis bagi peserta BPJS Kesehatan.\n\n" +
            "Sejak dibuka bulan lalu, klinik telah melayani 140 pasien."),
    ];
}
