namespace Siberindo.Core.Feeds.Dates;

/// <summary>
/// A hand-written, allocation-free date reader for what feeds actually contain: RFC 822/1123 with named or numeric
/// zones and the usual mistakes (no weekday, wrong weekday, two-digit years, single-digit days), ISO 8601, and the
/// Indonesian forms member outlets print ("Kamis, 10 Juni 2021 - 22:32 WIB", "10/06/2021 22:32 WITA",
/// "Rabu (5/8/2025)"). It tokenises once and assigns each number by what surrounds it, instead of trying a list of
/// format strings, because the broken forms are endless and exact-format parsing is slow when it mostly fails.
/// Weekday names are ignored on purpose: they are often wrong and never needed.
/// </summary>
public static class FeedDates
{
    private const int MaxTokens = 48;

    /// <summary>Parses <paramref name="text"/>; a time without a zone is taken to be in <paramref name="defaultOffset"/>.</summary>
    public static bool TryParse(string? text, TimeSpan defaultOffset, out DateTimeOffset result) =>
        TryParse(text.AsSpan(), defaultOffset, out result);

    /// <inheritdoc cref="TryParse(string?, TimeSpan, out DateTimeOffset)"/>
    public static bool TryParse(ReadOnlySpan<char> text, TimeSpan defaultOffset, out DateTimeOffset result)
    {
        result = default;
        if (text.IsEmpty || text.Length > 200)
        {
            return false;
        }
        Span<Token> tokens = stackalloc Token[MaxTokens];
        int count = Tokenize(text, tokens);
        var parts = new DateParts();
        if (!Interpret(text, tokens[..count], ref parts))
        {
            return false;
        }
        return parts.TryBuild(defaultOffset, out result);
    }

    private enum TokenKind : byte { Number, Word, Punct }

    private struct Token
    {
        public TokenKind Kind;
        public int Start;
        public int Length;
        public int Value; // number value, or the punctuation character
    }

    private static int Tokenize(ReadOnlySpan<char> text, Span<Token> tokens)
    {
        int count = 0;
        int i = 0;
        while (i < text.Length && count < tokens.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            int start = i;
            if (char.IsAsciiDigit(c))
            {
                int value = 0;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    if (i - start < 9)
                    {
                        value = value * 10 + (text[i] - '0');
                    }
                    i++;
                }
                tokens[count++] = new Token { Kind = TokenKind.Number, Start = start, Length = i - start, Value = value };
            }
            else if (char.IsLetter(c))
            {
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }
                tokens[count++] = new Token { Kind = TokenKind.Word, Start = start, Length = i - start };
            }
            else
            {
                tokens[count++] = new Token { Kind = TokenKind.Punct, Start = start, Length = 1, Value = c };
                i++;
            }
        }
        return count;
    }

    private struct DateParts
    {
        public int Year, Month, Day, Hour, Minute, Second;
        public long FractionTicks;
        public int? OffsetMinutes;
        public bool Pm, Am;
        public bool YearIsTwoDigit;

        /// <summary>Set when a part is recognisably a time or zone but out of range ("25:32", "+25:00").</summary>
        public bool Invalid;

        public DateParts()
        {
            Year = Month = Day = Hour = Minute = -1;
        }

        public readonly bool HasDate => Year >= 0 && Month > 0 && Day > 0;

        public readonly bool TryBuild(TimeSpan defaultOffset, out DateTimeOffset result)
        {
            result = default;
            if (!HasDate || Invalid)
            {
                return false;
            }
            int year = YearIsTwoDigit ? (Year < 50 ? 2000 + Year : 1900 + Year) : Year;
            if (year is < 1000 or > 9999 || Month > 12 || Day > DateTime.DaysInMonth(year, Month))
            {
                return false;
            }
            int hour = Hour < 0 ? 0 : Hour;
            int minute = Minute < 0 ? 0 : Minute;
            if (Pm && hour < 12)
            {
                hour += 12;
            }
            else if (Am && hour == 12)
            {
                hour = 0;
            }
            bool nextDay = false;
            if (hour == 24 && minute == 0 && Second == 0)
            {
                hour = 0;
                nextDay = true;
            }
            if (hour > 23 || minute > 59 || Second > 60)
            {
                return false;
            }
            var offset = OffsetMinutes is int m ? TimeSpan.FromMinutes(m) : defaultOffset;
            if (offset.Duration() > TimeSpan.FromHours(14) || offset.Ticks % TimeSpan.TicksPerMinute != 0)
            {
                return false;
            }
            // A leap second is folded into the last regular one.
            var local = new DateTime(year, Month, Day, hour, minute, Math.Min(Second, 59)).AddTicks(FractionTicks);
            if (nextDay)
            {
                local = local.AddDays(1);
            }
            result = new DateTimeOffset(local, offset);
            return true;
        }
    }

    private static bool Interpret(ReadOnlySpan<char> text, ReadOnlySpan<Token> t, ref DateParts p)
    {
        for (int i = 0; i < t.Length; i++)
        {
            var token = t[i];
            switch (token.Kind)
            {
                case TokenKind.Number:
                    if (p.Year < 0 && p.Day < 0 && p.Month < 0 && TryNumericDate(t, i, ref p, out int used))
                    {
                        i += used - 1;
                    }
                    else if (p.Hour < 0 && TryTime(t, i, p.HasDate, ref p, out used))
                    {
                        i += used - 1;
                    }
                    else if (token.Length == 8 && p.Year < 0)
                    {
                        // Compact ISO date: 20210610.
                        p.Year = token.Value / 10000;
                        p.Month = token.Value / 100 % 100;
                        p.Day = token.Value % 100;
                    }
                    else if (token.Length == 4 && p.Year < 0)
                    {
                        p.Year = token.Value;
                    }
                    else if (token.Length <= 2 && p.Day < 0 && token.Value is >= 1 and <= 31)
                    {
                        p.Day = token.Value;
                    }
                    else if (token.Length == 2 && p.Year < 0 && p.Day > 0)
                    {
                        p.Year = token.Value;
                        p.YearIsTwoDigit = true;
                    }
                    break;
                case TokenKind.Word:
                    InterpretWord(text.Slice(token.Start, token.Length), ref p);
                    break;
                case TokenKind.Punct:
                    if ((token.Value == '+' || token.Value == '-') && p.Hour >= 0 && i + 1 < t.Length
                        && t[i + 1].Kind == TokenKind.Number && TryOffset(t, i, ref p, out used))
                    {
                        i += used - 1;
                    }
                    break;
            }
        }
        return p.HasDate;
    }

    /// <summary>"2021-06-10", "10/06/2021", "5/8/2025", "10.06.21": year first when it has four digits, else day first.</summary>
    private static bool TryNumericDate(ReadOnlySpan<Token> t, int i, ref DateParts p, out int used)
    {
        used = 0;
        if (i + 4 >= t.Length || t[i + 1].Kind != TokenKind.Punct || t[i + 2].Kind != TokenKind.Number
            || t[i + 3].Kind != TokenKind.Punct || t[i + 4].Kind != TokenKind.Number)
        {
            return false;
        }
        int sep = t[i + 1].Value;
        if (sep != t[i + 3].Value || (sep != '-' && sep != '/' && sep != '.'))
        {
            return false;
        }
        Token a = t[i], b = t[i + 2], c = t[i + 4];
        int year, month, day;
        bool twoDigitYear = false;
        if (a.Length == 4)
        {
            (year, month, day) = (a.Value, b.Value, c.Value);
        }
        else if (a.Length <= 2 && b.Length <= 2 && c.Length is 4 or 2)
        {
            year = c.Value;
            twoDigitYear = c.Length == 2;
            // Indonesian order is day/month; a month above 12 means the writer used the US order.
            (day, month) = b.Value > 12 && a.Value <= 12 ? (b.Value, a.Value) : (a.Value, b.Value);
        }
        else
        {
            return false;
        }
        if (month is < 1 or > 12 || day is < 1 or > 31)
        {
            return false;
        }
        p.Year = year;
        p.Month = month;
        p.Day = day;
        p.YearIsTwoDigit = twoDigitYear;
        used = 5;
        return true;
    }

    /// <summary>"22:32", "22:32:05.123", and, once the date is known, the Indonesian "22.32".</summary>
    private static bool TryTime(ReadOnlySpan<Token> t, int i, bool dateKnown, ref DateParts p, out int used)
    {
        used = 0;
        if (i + 2 >= t.Length || t[i + 1].Kind != TokenKind.Punct || t[i + 2].Kind != TokenKind.Number)
        {
            return false;
        }
        int sep = t[i + 1].Value;
        if (!(sep == ':' || (sep == '.' && dateKnown)))
        {
            return false;
        }
        Token h = t[i], m = t[i + 2];
        if (h.Length > 2 || m.Length != 2)
        {
            return false;
        }
        if (h.Value > 24 || m.Value > 59)
        {
            // "25:32" is a broken time, not something else; a colon leaves no other reading.
            p.Invalid |= sep == ':';
            return false;
        }
        p.Hour = h.Value;
        p.Minute = m.Value;
        p.Second = 0;
        used = 3;
        if (i + 4 < t.Length && t[i + 3].Kind == TokenKind.Punct && t[i + 3].Value == sep
            && t[i + 4].Kind == TokenKind.Number && t[i + 4].Length == 2)
        {
            p.Second = t[i + 4].Value;
            used = 5;
            if (i + 6 < t.Length && t[i + 5].Kind == TokenKind.Punct && (t[i + 5].Value is '.' or ',')
                && t[i + 6].Kind == TokenKind.Number)
            {
                p.FractionTicks = FractionToTicks(t[i + 6]);
                used = 7;
            }
        }
        return true;
    }

    private static long FractionToTicks(Token digits)
    {
        // Value holds at most the first 9 digits; scale to 7 digits (ticks).
        int n = Math.Min(digits.Length, 9);
        long value = digits.Value;
        while (n > 7)
        {
            value /= 10;
            n--;
        }
        while (n < 7)
        {
            value *= 10;
            n++;
        }
        return value;
    }

    /// <summary>"+0700", "+07:00", "-05", "+7" (after a zone name, as in "GMT+7").</summary>
    private static bool TryOffset(ReadOnlySpan<Token> t, int i, ref DateParts p, out int used)
    {
        used = 0;
        int sign = t[i].Value == '-' ? -1 : 1;
        var n = t[i + 1];
        int hours, minutes = 0;
        used = 2;
        if (n.Length == 4)
        {
            hours = n.Value / 100;
            minutes = n.Value % 100;
        }
        else if (n.Length <= 2)
        {
            hours = n.Value;
            if (i + 3 < t.Length && t[i + 2].Kind == TokenKind.Punct && t[i + 2].Value == ':'
                && t[i + 3].Kind == TokenKind.Number && t[i + 3].Length == 2)
            {
                minutes = t[i + 3].Value;
                used = 4;
            }
        }
        else
        {
            return false;
        }
        if (hours > 14 || minutes > 59)
        {
            p.Invalid = true;
            return false;
        }
        p.OffsetMinutes = sign * (hours * 60 + minutes);
        return true;
    }

    private static void InterpretWord(ReadOnlySpan<char> word, ref DateParts p)
    {
        if (word.Length > 12)
        {
            return;
        }
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        if (p.Month < 0)
        {
            int month = MonthFromName(lower);
            if (month > 0)
            {
                p.Month = month;
                return;
            }
        }
        int? zone = ZoneOffsetMinutes(lower);
        if (zone is not null)
        {
            // A numeric offset that follows ("GMT+7") overrides this, as it is read later.
            p.OffsetMinutes ??= zone;
            return;
        }
        if (lower.SequenceEqual("pm"))
        {
            p.Pm = true;
        }
        else if (lower.SequenceEqual("am"))
        {
            p.Am = true;
        }
    }

    private static readonly string[] MonthNames =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember",
    ];

    private static int MonthFromName(ReadOnlySpan<char> lower)
    {
        if (lower.Length < 3)
        {
            return 0;
        }
        for (int i = 0; i < MonthNames.Length; i++)
        {
            if (MonthNames[i].AsSpan().StartsWith(lower))
            {
                return i % 12 + 1;
            }
        }
        // Abbreviations and older spellings that are not prefixes of the names above.
        return lower switch
        {
            "agt" or "ags" or "agst" => 8,
            "sept" => 9,
            "pebruari" or "peb" => 2,
            "nopember" or "nop" => 11,
            _ => 0,
        };
    }

    private static int? ZoneOffsetMinutes(ReadOnlySpan<char> lower) => lower switch
    {
        "z" or "ut" or "utc" or "gmt" => 0,
        "wib" => 7 * 60,
        "wita" => 8 * 60,
        "wit" => 9 * 60,
        "est" => -5 * 60,
        "edt" => -4 * 60,
        "cst" => -6 * 60,
        "cdt" => -5 * 60,
        "mst" => -7 * 60,
        "mdt" => -6 * 60,
        "pst" => -8 * 60,
        "pdt" => -7 * 60,
        "cet" => 60,
        "cest" => 120,
        "bst" => 60,
        "sgt" or "myt" or "hkt" or "awst" => 8 * 60,
        "jst" or "kst" => 9 * 60,
        "ict" => 7 * 60,
        "aest" => 10 * 60,
        _ => null,
    };
}
