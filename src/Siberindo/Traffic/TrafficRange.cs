using System.Globalization;

namespace Siberindo.Traffic;

/// <summary>The days a traffic report covers, both ends included (WIB calendar days).</summary>
public readonly record struct TrafficRange(DateOnly From, DateOnly To)
{
    public const int DefaultDays = 30;
    /// <summary>The longest range one report draws: a year of daily bars still reads on a phone, and stays one query.</summary>
    public const int MaxDays = 366;

    public int Days => To.DayNumber - From.DayNumber + 1;

    public IEnumerable<DateOnly> Each() => Enumerable.Range(0, Days).Select(From.AddDays);

    public static TrafficRange Default(DateOnly today) => new(today.AddDays(1 - DefaultDays), today);

    /// <summary>The range of the form's dari/sampai fields (yyyy-MM-dd); empty fields take the default's ends.</summary>
    public static (TrafficRange Range, string? Error) Parse(string? from, string? to, DateOnly today)
    {
        var fallback = Default(today);
        DateOnly? start = null, end = null;
        if (!string.IsNullOrWhiteSpace(from))
        {
            if (!TryDate(from, out var d)) return (fallback, $"Tanggal awal \"{from}\" tidak terbaca; tulis TTTT-BB-HH (a date like 2026-01-31).");
            start = d;
        }
        if (!string.IsNullOrWhiteSpace(to))
        {
            if (!TryDate(to, out var d)) return (fallback, $"Tanggal akhir \"{to}\" tidak terbaca; tulis TTTT-BB-HH (a date like 2026-01-31).");
            end = d;
        }
        var last = end ?? (start is { } s0 ? Min(s0.AddDays(DefaultDays - 1), today) : today);
        var first = start ?? last.AddDays(1 - DefaultDays);
        if (first > last) return (fallback, "Tanggal awal harus sebelum tanggal akhir (the start must come before the end).");
        var range = new TrafficRange(first, last);
        if (range.Days > MaxDays) return (fallback, $"Paling banyak {MaxDays} hari sekaligus (at most {MaxDays} days at once).");
        return (range, null);
    }

    /// <summary>The form's query string for this range (links to the chart and the CSV keep the reader's choice).</summary>
    public string Query => $"?dari={Iso(From)}&sampai={Iso(To)}";

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool TryDate(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
