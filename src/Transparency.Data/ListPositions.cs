namespace Transparency.Data;

/// <summary>Pages of the lists whose order the builder wrote into list_positions (1 = first row).</summary>
internal static class ListPositions
{
    /// <summary>The first and last position of page <paramref name="page"/> (1-based; below 1 reads as 1).</summary>
    public static (long First, long Last) Range(int page, int pageSize)
    {
        var first = (long)(Math.Max(1, page) - 1) * pageSize + 1;
        return (first, first + pageSize - 1);
    }
}
