using Siberindo.Core.Feeds;
using Siberindo.Core.Feeds.Dates;

namespace Siberindo.Core.Tests.Feeds.Dates;

public class FeedDatesTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    private static DateTimeOffset Parse(string text, TimeSpan? defaultOffset = null)
    {
        Assert.True(FeedDates.TryParse(text, defaultOffset ?? Wib, out var value), $"could not parse '{text}'");
        return value;
    }

    private static string Utc(string text, TimeSpan? defaultOffset = null) => FeedJson.FormatInstant(Parse(text, defaultOffset));

    [Theory]
    // RFC 822 / 1123 with numeric and named zones.
    [InlineData("Thu, 10 Jun 2021 22:32:00 +0700", "2021-06-10T15:32:00Z")]
    [InlineData("Thu, 10 Jun 2021 15:32:00 GMT", "2021-06-10T15:32:00Z")]
    [InlineData("Thu, 10 Jun 2021 15:32:00 UT", "2021-06-10T15:32:00Z")]
    [InlineData("Thu, 10 Jun 2021 15:32:00 Z", "2021-06-10T15:32:00Z")]
    [InlineData("Thu, 10 Jun 2021 10:32:00 EST", "2021-06-10T15:32:00Z")]
    [InlineData("Thu, 10 Jun 2021 11:32:00 EDT", "2021-06-10T15:32:00Z")]
    [InlineData("Thu, 10 Jun 2021 08:32:00 PDT", "2021-06-10T15:32:00Z")]
    [InlineData("Thu, 10 Jun 2021 22:32:00 +07:00", "2021-06-10T15:32:00Z")]
    [InlineData("Thu, 10 Jun 2021 22:32:00 GMT+7", "2021-06-10T15:32:00Z")]
    [InlineData("Thu, 10 Jun 2021 10:02:00 -0530", "2021-06-10T15:32:00Z")]
    // Common breakage: no weekday, wrong weekday, no seconds, two-digit year, single-digit day, Indonesian weekday.
    [InlineData("10 Jun 2021 22:32:00 +0700", "2021-06-10T15:32:00Z")]
    [InlineData("Mon, 10 Jun 2021 22:32:00 +0700", "2021-06-10T15:32:00Z")]
    [InlineData("Thu, 10 Jun 2021 22:32 +0700", "2021-06-10T15:32:00Z")]
    [InlineData("Thu, 10 Jun 21 22:32:00 +0700", "2021-06-10T15:32:00Z")]
    [InlineData("Sat, 5 Aug 2023 07:05:00 +0700", "2023-08-05T00:05:00Z")]
    [InlineData("Sab, 05 Agu 2023 07:05:00 +0700", "2023-08-05T00:05:00Z")]
    [InlineData("Thu, 10 June 2021 22:32:00 +0700", "2021-06-10T15:32:00Z")]
    [InlineData("Thu,10 Jun 2021 22:32:00 +0700", "2021-06-10T15:32:00Z")]
    [InlineData("Jun 10, 2021 10:32 PM", "2021-06-10T15:32:00Z")]
    [InlineData("Thu, 10 Jun 1999 22:32:00 +0700", "1999-06-10T15:32:00Z")]
    [InlineData("Thu, 10 Jun 99 22:32:00 +0700", "1999-06-10T15:32:00Z")]
    public void Rfc822_forms(string text, string expectedUtc) => Assert.Equal(expectedUtc, Utc(text));

    [Theory]
    [InlineData("2021-06-10T22:32:00+07:00", "2021-06-10T15:32:00Z")]
    [InlineData("2021-06-10T15:32:00Z", "2021-06-10T15:32:00Z")]
    [InlineData("2021-06-10T15:32:00.123Z", "2021-06-10T15:32:00.123Z")]
    [InlineData("2021-06-10T15:32:00.1234567891Z", "2021-06-10T15:32:00.1234567Z")]
    [InlineData("2021-06-10T22:32:00+0700", "2021-06-10T15:32:00Z")]
    [InlineData("2021-06-10T22:32+07:00", "2021-06-10T15:32:00Z")]
    [InlineData("2021-06-10 22:32:00", "2021-06-10T15:32:00Z")]
    [InlineData("2021-06-10", "2021-06-09T17:00:00Z")]
    [InlineData("2021/06/10 22:32", "2021-06-10T15:32:00Z")]
    [InlineData("20210610", "2021-06-09T17:00:00Z")]
    [InlineData("2020-02-29T12:00:00-03:00", "2020-02-29T15:00:00Z")]
    [InlineData("2021-06-10T24:00:00Z", "2021-06-11T00:00:00Z")]
    public void Iso8601_forms(string text, string expectedUtc) => Assert.Equal(expectedUtc, Utc(text));

    [Theory]
    [InlineData("Kamis, 10 Juni 2021 - 22:32 WIB", "2021-06-10T15:32:00Z")]
    [InlineData("10/06/2021 22:32 WITA", "2021-06-10T14:32:00Z")]
    [InlineData("Sabtu, 5 Agustus 2023 07:05:00 WIT", "2023-08-04T22:05:00Z")]
    [InlineData("Rabu (5/8/2025)", "2025-08-04T17:00:00Z")]
    [InlineData("Rabu, 5 Agt 2025 | 09.15 WIB", "2025-08-05T02:15:00Z")]
    [InlineData("Senin, 1 Januari 2024 pukul 08.00 WIB", "2024-01-01T01:00:00Z")]
    [InlineData("Selasa, 13 Februari 2024", "2024-02-12T17:00:00Z")]
    [InlineData("Jumat, 15 Maret 2024 14:00", "2024-03-15T07:00:00Z")]
    [InlineData("Jum'at, 19 April 2024 13:30 WIB", "2024-04-19T06:30:00Z")]
    [InlineData("Minggu, 12 Mei 2024 06:00 WITA", "2024-05-11T22:00:00Z")]
    [InlineData("3 Jul 2024 10:00 WIB", "2024-07-03T03:00:00Z")]
    [InlineData("17 Ags 2024 10:00 WIB", "2024-08-17T03:00:00Z")]
    [InlineData("17 Agu 2024 10:00 WIB", "2024-08-17T03:00:00Z")]
    [InlineData("Selasa, 17 Sep 2024 10:00 WIB", "2024-09-17T03:00:00Z")]
    [InlineData("Kamis, 3 Okt 2024 10:00 WIT", "2024-10-03T01:00:00Z")]
    [InlineData("Rabu, 20 Nov 2024 10:00 WIB", "2024-11-20T03:00:00Z")]
    [InlineData("Nopember 20, 2024", "2024-11-19T17:00:00Z")]
    [InlineData("25 Des 2024 00:00 WIB", "2024-12-24T17:00:00Z")]
    [InlineData("25 Desember 2024, 23:59:59 WIB", "2024-12-25T16:59:59Z")]
    [InlineData("1 Jun 2024 10:00 WIB", "2024-06-01T03:00:00Z")]
    [InlineData("KAMIS, 10 JUNI 2021 22:32 WIB", "2021-06-10T15:32:00Z")]
    [InlineData("10-06-2021 22:32:00", "2021-06-10T15:32:00Z")]
    [InlineData("10.06.2021 22.32 WIB", "2021-06-10T15:32:00Z")]
    [InlineData("06/25/2024 10:00", "2024-06-25T03:00:00Z")]
    public void Indonesian_forms(string text, string expectedUtc) => Assert.Equal(expectedUtc, Utc(text));

    [Fact]
    public void A_time_without_a_zone_uses_the_default_offset()
    {
        Assert.Equal(TimeSpan.FromHours(8), Parse("10/06/2021 22:32", TimeSpan.FromHours(8)).Offset);
        Assert.Equal(TimeSpan.Zero, Parse("2021-06-10T22:32:00", TimeSpan.Zero).Offset);
    }

    [Fact]
    public void The_offset_of_the_source_is_kept()
    {
        Assert.Equal(TimeSpan.FromHours(9), Parse("Sabtu, 5 Agustus 2023 07:05:00 WIT").Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("kemarin")]
    [InlineData("baru saja")]
    [InlineData("0000-00-00 00:00:00")]
    [InlineData("2021-13-10")]
    [InlineData("31 Februari 2024")]
    [InlineData("Thu, 10 Jun 2021 25:32:00 +0700")]
    [InlineData("10 Jun 22:32")]
    [InlineData("Juni 2021")]
    [InlineData("2021-06-10T22:32:00+25:00")]
    public void Rejects_what_is_not_a_date(string text)
    {
        Assert.False(FeedDates.TryParse(text, Wib, out _));
    }

    [Fact]
    public void Rejects_null_and_oversized_input()
    {
        Assert.False(FeedDates.TryParse((string?)null, Wib, out _));
        Assert.False(FeedDates.TryParse(new string('1', 10_000), Wib, out _));
    }
}
