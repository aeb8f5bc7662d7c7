using System.Text.RegularExpressions;

namespace Transparency.Data.Building;

/// <summary>
/// Turns a failed CHECK from schema.sql into the column to blame and a plain reason, e.g.
/// <c>'rumour' is not one of filing, hearing, ...</c> instead of SQLite's <c>CHECK constraint failed: category IN (...)</c>.
/// Recognises the shapes schema.sql uses; anything else is quoted as written.
/// </summary>
internal static partial class CheckExplainer
{
    public static (string? Column, string Message) Explain(CheckConstraint check, Func<string, string?> value)
    {
        var expression = check.Expression;
        string Shown(string column) => value(column) is { } v ? $"'{v}'" : "an empty value";

        if (Enumeration().Match(expression) is { Success: true } e)
        {
            var column = e.Groups["column"].Value;
            var allowed = e.Groups["list"].Value.Split(',').Select(a => a.Trim().Trim('\''));
            return (column, $"{Shown(column)} is not one of {string.Join(", ", allowed)}");
        }
        if (PrecisionDate().Match(expression) is { Success: true } p)
        {
            var column = p.Groups["date"].Value;
            var precisionColumn = p.Groups["precision"].Value;
            var precision = value(precisionColumn) ?? "year";
            return (column, $"{Shown(column)} does not fit precision '{precision}' (column '{precisionColumn}'): {DateFormat(precision)}");
        }
        if (DayDate().Match(expression) is { Success: true } d)
        {
            var column = d.Groups["date"].Value;
            return (column, $"{Shown(column)} is not a date: {DateFormat("day")}");
        }
        if (Together().Match(expression) is { Success: true } t)
        {
            var (a, b) = (t.Groups["a"].Value, t.Groups["b"].Value);
            var (empty, filled) = value(a) is null ? (a, b) : (b, a);
            return (empty, $"'{filled}' is filled but '{empty}' is empty; fill both or leave both empty");
        }
        if (Minimum().Match(expression) is { Success: true } m)
        {
            var column = m.Groups["column"].Value;
            var bound = m.Groups["bound"].Value;
            return (column, (m.Groups["op"].Value, bound) switch
            {
                (">=", "0") => $"{Shown(column)} is negative; {column} cannot be below 0",
                (">=", _) => $"{Shown(column)} is below the minimum; {column} must be {bound} or more",
                _ => $"{Shown(column)} is too small; {column} must be greater than {bound}",
            });
        }
        if (expression.Contains("GLOB '[a-z0-9]*'", StringComparison.Ordinal))
        {
            var column = check.Columns[0];
            return (column, $"{Shown(column)} is not a valid id: use lowercase letters a-z, digits and hyphens, starting with a letter or digit (e.g. ctr-v-irs)");
        }
        if (expression.Contains("GLOB '[0-9]*.[0-9]*.[0-9]*'", StringComparison.Ordinal))
        {
            var column = check.Columns[0];
            return (column, $"{Shown(column)} is not a version number MAJOR.MINOR.PATCH (e.g. 1.0.0)");
        }
        if (Like().Match(expression) is { Success: true } l)
        {
            var column = l.Groups["column"].Value;
            return (column, l.Groups["pattern"].Value == "https://%"
                ? $"{Shown(column)} must be an https:// URL"
                : $"{Shown(column)} is not an http(s) URL");
        }
        if (EqualsLiteral().Match(expression) is { Success: true } q)
        {
            var column = q.Groups["column"].Value;
            return (column, $"{Shown(column)} must be '{q.Groups["literal"].Value}'");
        }
        if (ExactlyOne().IsMatch(expression))
        {
            var filled = check.Columns.Where(c => value(c) is not null).ToList();
            return (filled.Count > 0 ? filled[^1] : check.Columns[0],
                $"exactly one of {string.Join(", ", check.Columns)} must be filled; this row fills {(filled.Count == 0 ? "none" : string.Join(" and ", filled))}");
        }
        var first = check.Columns.Count > 0 ? check.Columns[0] : null;
        return (first, $"{(first is null ? "the row" : Shown(first))} breaks the rule CHECK ({expression}) in {DatasetBuilder.SchemaFile}");
    }

    /// <summary>How a date at a precision is written, with an example.</summary>
    public static string DateFormat(string precision) => precision switch
    {
        "day" => "a day is written YYYY-MM-DD (ISO 8601), e.g. 2025-02-05",
        "month" => "a month is written YYYY-MM (ISO 8601), e.g. 2025-02",
        _ => "a year is written YYYY, e.g. 2025",
    };

    [GeneratedRegex(@"^(?:\w+ IS NULL OR )?(?<column>\w+) IN \((?<list>[^()]*)\)$")]
    private static partial Regex Enumeration();

    [GeneratedRegex(@"^(?<date>\w+) GLOB CASE (?<precision>\w+) WHEN")]
    private static partial Regex PrecisionDate();

    [GeneratedRegex(@"^(?<date>\w+) GLOB '\[0-9\]\[0-9\]\[0-9\]\[0-9\]-\[0-9\]\[0-9\]-\[0-9\]\[0-9\]'$")]
    private static partial Regex DayDate();

    [GeneratedRegex(@"^\((?<a>\w+) IS NULL\) = \((?<b>\w+) IS NULL\)$")]
    private static partial Regex Together();

    [GeneratedRegex(@"^(?<column>\w+) IS NULL OR \k<column> (?<op>>=|>) (?<bound>-?[0-9.]+)$")]
    private static partial Regex Minimum();

    [GeneratedRegex(@"^(?<column>\w+) LIKE '(?<pattern>[^']*)'$")]
    private static partial Regex Like();

    [GeneratedRegex(@"^(?<column>\w+) = '(?<literal>[^']*)'$")]
    private static partial Regex EqualsLiteral();

    [GeneratedRegex(@"IS (?:NOT )?NULL\)\s*\+.*=\s*1$")]
    private static partial Regex ExactlyOne();
}
