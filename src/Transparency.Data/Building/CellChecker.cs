using System.Globalization;
using System.Text.RegularExpressions;

namespace Transparency.Data.Building;

/// <summary>
/// One cell's own checks, those SQLite cannot express (length, encoding, whitespace, control characters,
/// real calendar dates, URLs), and its conversion to the column's type. CHECK constraints, unique keys and
/// references are checked by <see cref="DatasetLoader"/>, which has the row and the other files.
/// </summary>
internal static partial class CellChecker
{
    /// <summary>Longer than any real field (the longest is under 600 characters); a field this long is
    /// almost always a quote that was never closed, or a pasted document.</summary>
    public const int MaxFieldLength = 10_000;

    /// <summary>Checks SQLite cannot express, and converts the text to the column's type.</summary>
    public static (object? Value, string? Problem) Check(TableSchema schema, SchemaColumn column, string text, bool isDate, bool invalidBytes, int line, List<DataError> warnings)
    {
        if (text.Length > MaxFieldLength)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"the value is {text.Length:N0} characters long; a field holds at most {MaxFieldLength:N0} (a field this long usually means a quote that was never closed)"));
        }
        if (invalidBytes && text.Contains(CsvReader.Replacement, StringComparison.Ordinal))
        {
            return (null, "holds bytes that are not valid UTF-8 (the file was probably saved as Latin-1 or Windows-1252, e.g. é as the single byte 0xE9); save the file as UTF-8");
        }
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            return (null, $"'{text}' has leading or trailing whitespace; remove it");
        }
        if (text.FirstOrDefault(char.IsControl) is var control and not '\0')
        {
            var name = control switch { '\t' => "a tab", '\n' => "a line break", '\r' => "a carriage return", _ => $"U+{(int)control:X4}" };
            return (null, $"contains a control character ({name}); keep each value on one line, with spaces instead of tabs");
        }
        if (text.Length == 0)
        {
            return (null, column.Required ? "a value is required here (an empty cell means unknown, and this column must be known)" : null);
        }
        switch (column.Type)
        {
            case "INTEGER":
                return IntegerText().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
                    ? (integer, null)
                    : (null, $"'{text}' is not a whole number; {column.Name} is an INTEGER column");
            case "REAL":
                return RealText().IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real)
                    ? (real, null)
                    : (null, $"'{text}' is not a number; {column.Name} is a REAL column (digits and an optional decimal point, no thousands separators)");
        }
        if (isDate)
        {
            if (DayText().IsMatch(text) && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return (null, $"'{text}' is not a real calendar date");
            }
            if (MonthText().IsMatch(text) && int.Parse(text[5..], CultureInfo.InvariantCulture) is < 1 or > 12)
            {
                return (null, $"'{text}' is not a real month (01 to 12)");
            }
        }
        if (column.Name == "url" || column.Name.EndsWith("_url", StringComparison.Ordinal))
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0 || text.Any(char.IsWhiteSpace))
            {
                return (null, $"'{text}' is not an absolute http(s) URL with a host, e.g. https://example.org/page");
            }
            if (uri.Scheme == "http")
            {
                warnings.Add(new DataError(schema.File, line, column.Index + 1, column.Name, $"'{text}' uses plain http; https is expected (keep http only when the publisher offers nothing else)", DataSeverity.Warning));
            }
        }
        if (text.StartsWith('='))
        {
            warnings.Add(new DataError(schema.File, line, column.Index + 1, column.Name, "starts with '=', which a spreadsheet may run as a formula; it is stored as text and the CSV downloads neutralise it", DataSeverity.Warning));
        }
        return (text, null);
    }

    [GeneratedRegex(@"^-?[0-9]+$")]
    private static partial Regex IntegerText();

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$")]
    private static partial Regex RealText();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex DayText();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}$")]
    private static partial Regex MonthText();
}
