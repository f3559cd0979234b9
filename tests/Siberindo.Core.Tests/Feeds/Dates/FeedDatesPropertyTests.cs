using System.Globalization;
using CsCheck;
using Siberindo.Core.Feeds.Dates;

namespace Siberindo.Core.Tests.Feeds.Dates;

public class FeedDatesPropertyTests
{
    private static readonly string[] IndonesianMonths =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    private static readonly string[] IndonesianDays = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

    private static readonly Gen<DateTimeOffset> Instants =
        Gen.Select(Gen.Long[new DateTime(1995, 1, 1).Ticks, new DateTime(2060, 1, 1).Ticks], Gen.Int[-12 * 4, 14 * 4])
            .Select((ticks, quarterHours) => new DateTimeOffset(new DateTime(ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond), TimeSpan.FromMinutes(quarterHours * 15)));

    [Fact]
    public void Round_trips_rfc1123_in_utc()
    {
        Instants.Sample(instant =>
        {
            string text = instant.ToString("r", CultureInfo.InvariantCulture);
            Assert.True(FeedDates.TryParse(text, TimeSpan.FromHours(7), out var parsed), text);
            Assert.Equal(instant, parsed);
        }, iter: 2000);
    }

    [Fact]
    public void Round_trips_iso8601_with_offset()
    {
        Instants.Sample(instant =>
        {
            string text = instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            Assert.True(FeedDates.TryParse(text, TimeSpan.Zero, out var parsed), text);
            Assert.Equal(instant, parsed);
            Assert.Equal(instant.Offset, parsed.Offset);
        }, iter: 2000);
    }

    [Fact]
    public void Round_trips_the_indonesian_long_form_in_each_zone()
    {
        var zones = Gen.OneOf(("WIB", 7), ("WITA", 8), ("WIT", 9));
        Gen.Select(Instants, zones).Sample((instant, zone) =>
        {
            var local = instant.ToOffset(TimeSpan.FromHours(zone.Item2));
            string text = $"{IndonesianDays[(int)local.DayOfWeek]}, {local.Day} {IndonesianMonths[local.Month - 1]} {local.Year} - {local:HH:mm:ss} {zone.Item1}";
            Assert.True(FeedDates.TryParse(text, TimeSpan.Zero, out var parsed), text);
            Assert.Equal(local, parsed);
        }, iter: 2000);
    }

    [Fact]
    public void Random_text_never_throws()
    {
        // Statement lambdas: an expression returning bool would pick CsCheck's predicate overload.
        Gen.String.Sample(text => { FeedDates.TryParse(text, TimeSpan.FromHours(7), out _); }, iter: 5000);
        Gen.OneOf("0123456789 :+-/.,()TZWIBAgustusJun"u8.ToArray().Select(b => (char)b).ToArray()).Array[0, 40]
            .Sample(chars => { FeedDates.TryParse(new string(chars), TimeSpan.FromHours(7), out _); }, iter: 5000);
    }
}
