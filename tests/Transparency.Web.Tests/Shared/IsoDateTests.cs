using System.Globalization;
using Transparency.Web.Components.Shared;

namespace Transparency.Web.Tests.Shared;

/// <summary>Display's own ISO date parser must accept exactly what the framework's exact-format parser accepts.</summary>
public sealed class IsoDateTests
{
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
    [InlineData("2025")]
    [InlineData("")]
    public void Accepts_exactly_what_TryParseExact_accepts(string text)
    {
        var expected = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expectedDate);

        var actual = Display.TryParseIsoDate(text, out var actualDate);

        Assert.Equal(expected, actual);
        Assert.Equal(expectedDate, actualDate);
    }
}
