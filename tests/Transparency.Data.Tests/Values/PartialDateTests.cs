using System.Globalization;
using Transparency.Data.Values;

namespace Transparency.Data.Tests.Values;

public sealed class PartialDateTests
{
    /// <summary>The hand-written parser must accept exactly what the framework's exact-format parser accepts, at each precision.</summary>
    [Theory]
    [InlineData("2025-02-17")]
    [InlineData("2024-02-29")]
    [InlineData("2025-02-29")]
    [InlineData("2025-12-31")]
    [InlineData("2025-13-01")]
    [InlineData("2025-00-10")]
    [InlineData("2025-04-31")]
    [InlineData("2025-04-00")]
    [InlineData("0000-01-01")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2025-1-01")]
    [InlineData("2025-01-1")]
    [InlineData("25-01-01")]
    [InlineData("2025/01/01")]
    [InlineData(" 2025-01-01")]
    [InlineData("2025-01-01 ")]
    [InlineData("2025-01-01T00")]
    [InlineData("２０２５-01-01")]
    [InlineData("2025-0a-01")]
    [InlineData("+025-01-01")]
    [InlineData("-025-01-01")]
    [InlineData("2025-03")]
    [InlineData("2025-13")]
    [InlineData("2025-00")]
    [InlineData("2025/03")]
    [InlineData("2025-3")]
    [InlineData("2025")]
    [InlineData("0000")]
    [InlineData("0001")]
    [InlineData("202")]
    [InlineData("2o25")]
    [InlineData("")]
    public void Accepts_exactly_what_TryParseExact_accepts_at_day_month_or_year_precision(string text)
    {
        var format = text.Length switch { 4 => "yyyy", 7 => "yyyy-MM", _ => "yyyy-MM-dd" };
        var expected = DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var expectedDate);

        var actual = PartialDate.TryParse(text, out var date);

        Assert.Equal(expected, actual);
        if (expected)
        {
            Assert.Equal(expectedDate, date.Start);
            Assert.Equal(text, date.ToString());
        }
    }

    [Theory]
    [InlineData("2025-02-17", DatePrecision.Day, "2025-02-17")]
    [InlineData("2025-02", DatePrecision.Month, "2025-02-15")]
    [InlineData("2025", DatePrecision.Year, "2025-07-01")]
    public void The_text_gives_the_precision_and_a_period_sits_at_its_middle(string text, DatePrecision precision, string midpoint)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(DateOnly.ParseExact(midpoint, "yyyy-MM-dd", CultureInfo.InvariantCulture), date.Midpoint);
    }

    [Fact]
    public void Dates_order_by_their_middle_then_the_more_precise_first()
    {
        string[] texts = ["2026", "2026-02", "2026-02-05", "2025-12-31", "2026-02-15", "2026-07-01"];

        var ordered = texts.Select(PartialDate.Parse).Order().Select(d => d.ToString());

        Assert.Equal(["2025-12-31", "2026-02-05", "2026-02-15", "2026-02", "2026-07-01", "2026"], ordered);
        Assert.True(PartialDate.Parse("2026-02") > PartialDate.Parse("2026-02-05"));
    }

    [Fact]
    public void A_date_that_is_not_iso_at_a_known_precision_is_refused()
    {
        Assert.Throws<FormatException>(() => PartialDate.Parse("Feb 2025"));
        Assert.False(PartialDate.TryParse(null, out _));
    }
}
