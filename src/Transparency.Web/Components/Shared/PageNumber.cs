using System.Globalization;

namespace Transparency.Web.Components.Shared;

/// <summary>Reads a ?page= value as the HTML pages do: anything that is not a page number means page 1.</summary>
public static class PageNumber
{
    /// <summary>The highest page number a page accepts (the API's limit too).</summary>
    public const int Max = 100_000;

    public static int Parse(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page is > 0 and <= Max ? page : 1;

    public static long Count(long total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);
}
