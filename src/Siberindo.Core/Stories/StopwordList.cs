namespace Siberindo.Core.Stories;

/// <summary>
/// Indonesian function words and the reporting verbs of news prose. They say nothing about which event an article is
/// about, so story similarity ignores them (near-duplicate shingles keep them: word order is what a copy preserves).
/// </summary>
static class StopwordList
{
    public static readonly string[] Words =
    [
        "yang", "dan", "di", "ke", "dari", "dalam", "untuk", "pada", "dengan", "ini", "itu", "atau", "juga", "akan",
        "tidak", "telah", "sudah", "belum", "bisa", "dapat", "oleh", "karena", "agar", "supaya", "sebagai", "secara",
        "para", "kami", "kita", "mereka", "ia", "dia", "saya", "anda", "kamu", "nya", "pun", "lah", "kah", "ada", "adalah",
        "merupakan", "yakni", "yaitu", "serta", "bagi", "hingga", "sampai", "sejak", "saat", "ketika", "setelah",
        "sebelum", "masih", "lebih", "sangat", "paling", "hanya", "bahwa", "jika", "kalau", "namun", "tetapi", "tapi",
        "sehingga", "maka", "lalu", "kemudian", "antara", "terhadap", "tentang", "seperti", "setiap", "semua", "seluruh",
        "sejumlah", "beberapa", "banyak", "sekitar", "sebanyak", "kepada", "tersebut", "mulai", "menjadi", "jadi",
        "harus", "perlu", "ingin", "mau", "sedang", "tengah", "baru", "lagi", "pula", "tak", "tanpa", "atas", "bawah",
        "oleh", "per", "pihak", "hal", "cara", "kali", "salah", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh",
        "delapan", "sembilan", "sepuluh", "puluh", "ratus", "ribu", "juta", "miliar", "triliun", "persen", "orang",
        "tahun", "bulan", "hari", "pekan", "minggu", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu",
        "pukul", "wib", "wita", "wit", "kata", "katanya", "ujar", "ujarnya", "ucapnya", "tuturnya", "jelasnya",
        "pungkasnya", "pungkas", "mengatakan", "menyampaikan", "menyebutkan", "menyebut", "menjelaskan", "menegaskan",
        "menambahkan", "mengungkapkan", "menuturkan", "mengutarakan", "menurut", "menurutnya", "ungkapnya", "imbuhnya",
        "tegasnya", "terangnya", "sebut", "kini", "masing", "dinilai", "diketahui", "terkait", "melalui", "lewat",
        "bersama", "kembali", "terus", "tetap", "pernah", "sempat", "segera", "akhirnya", "yg", "the", "of",
    ];
}
