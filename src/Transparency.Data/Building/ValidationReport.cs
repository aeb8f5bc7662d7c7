using System.Globalization;

namespace Transparency.Data.Building;

/// <summary>
/// Everything the checks found in one pass over data/: the build refuses the data exactly when
/// <see cref="Errors"/> is not empty. Warnings never refuse it.
/// </summary>
public sealed record ValidationReport(IReadOnlyList<DataError> Errors, IReadOnlyList<DataError> Warnings, int Files, int Rows)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>How many facts have each tier as their best source; null when citations or sources could not be read.</summary>
    public SourcingCounts? Sourcing { get; init; }

    /// <summary>
    /// One line: <c>3 problems in 2 files (and 1 warning)</c>, or <c>data/ is valid: 15 files, 812 rows, 1 warning</c>.
    /// </summary>
    public string Summary(string dataLabel)
    {
        var warnings = Count(Warnings.Count, "warning");
        if (IsValid)
        {
            return $"{dataLabel} is valid: {Count(Files, "file")}, {Count(Rows, "row")}, {warnings}";
        }
        var files = Errors.Select(e => e.File).Distinct(StringComparer.Ordinal).Count();
        var summary = $"{Count(Errors.Count, "problem")} in {Count(files, "file")}";
        return Warnings.Count == 0 ? summary : $"{summary} (and {warnings})";
    }

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n:N0} {noun}{(n == 1 ? "" : "s")}");
}
