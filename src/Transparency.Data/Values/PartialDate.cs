namespace Transparency.Data.Values;

/// <summary>
/// A date as precise as its sources give it: a day (<c>2025-02-17</c>), a month (<c>2025-02</c>) or a year
/// (<c>2025</c>). The ISO text alone says which, and schema.sql's CHECKs make every <c>*_precision</c> column
/// agree with its date's shape, so a date column reads into this one value with no second column.
/// <see cref="ToString"/> gives the ISO text back unchanged (for <c>&lt;time datetime&gt;</c>, downloads and the API).
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    private PartialDate(int year, int? month, int? day) => (Year, Month, Day) = (year, month, day);

    public int Year { get; }

    /// <summary>1-12; null at year precision.</summary>
    public int? Month { get; }

    /// <summary>1-31; null at month or year precision.</summary>
    public int? Day { get; }

    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>
    /// Where the date sits on a time line: the day itself, else the middle of its period (the 15th, 1 July),
    /// so "Feb 2026" comes after "5 Feb 2026". The same rule as the SQL sort dates.
    /// </summary>
    public DateOnly Midpoint => new(Year, Month ?? 7, Day ?? (Month is null ? 1 : 15));

    /// <summary>The first day of the period (the day itself at day precision): what a month or year is shown as.</summary>
    public DateOnly Start => new(Year, Month ?? 1, Day ?? 1);

    public static PartialDate OfDay(DateOnly day) => new(day.Year, day.Month, day.Day);

    /// <summary>Reads <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>; throws <see cref="FormatException"/> on anything else.</summary>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not an ISO 8601 date at day, month or year precision (YYYY-MM-DD, YYYY-MM or YYYY).");

    /// <summary>
    /// Accepts exactly what DateOnly.TryParseExact accepts with "yyyy-MM-dd", "yyyy-MM" or "yyyy" (ASCII digits,
    /// a real calendar date, year 1 or later), without its format parser: pages read hundreds of dates, and that
    /// parser was 2-5% of a date-heavy page's CPU time.
    /// </summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (text is null || text.Length is not (4 or 7 or 10))
        {
            return false;
        }
        var year = Digits(text, 0, 4);
        if (year < 1)
        {
            return false;
        }
        if (text.Length == 4)
        {
            date = new(year, null, null);
            return true;
        }
        var month = text[4] == '-' ? Digits(text, 5, 2) : -1;
        if (month is < 1 or > 12)
        {
            return false;
        }
        if (text.Length == 7)
        {
            date = new(year, month, null);
            return true;
        }
        var day = text[7] == '-' ? Digits(text, 8, 2) : -1;
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new(year, month, day);
        return true;
    }

    /// <summary>The ISO text: <c>2025-02-17</c>, <c>2025-02</c> or <c>2025</c>.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        DatePrecision.Year => $"{Year:D4}",
    };

    /// <summary>Time-line order: by <see cref="Midpoint"/>, then the more precise date first.</summary>
    public int CompareTo(PartialDate other)
    {
        var byMidpoint = Midpoint.CompareTo(other.Midpoint);
        return byMidpoint != 0 ? byMidpoint : Precision.CompareTo(other.Precision);
    }

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    // -1 when a character is not an ASCII digit.
    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            var c = text[i];
            if (c is < '0' or > '9')
            {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
