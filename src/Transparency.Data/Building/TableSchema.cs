using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Transparency.Data.Building;

/// <summary>One column as schema.sql declares it.</summary>
internal sealed record SchemaColumn(int Index, string Name, string Type, bool Required);

/// <summary>One CHECK constraint: its SQL text and the columns it mentions, in order of first mention.</summary>
internal sealed record CheckConstraint(string Expression, IReadOnlyList<string> Columns);

/// <summary>A single-column reference to another table.</summary>
internal sealed record ForeignKey(string Column, string Parent, string ParentColumn);

/// <summary>
/// A table's rules, read back from SQLite after schema.sql ran, so schema.sql stays the one place they are
/// written. The loader checks each rule on its own (SQLite stops at the first failed constraint of a row),
/// which lets one run report every bad cell in a row with a plain reason.
/// </summary>
internal sealed partial record TableSchema(
    string Name,
    IReadOnlyList<SchemaColumn> Columns,
    IReadOnlyList<CheckConstraint> Checks,
    IReadOnlyList<IReadOnlyList<string>> UniqueKeys,
    IReadOnlyList<ForeignKey> ForeignKeys,
    IReadOnlyList<string> GeneratedColumns)
{
    public string File => Name + ".csv";

    public IReadOnlyList<string> ColumnNames => [.. Columns.Select(c => c.Name)];

    public int IndexOf(string column) => Columns.FirstOrDefault(c => c.Name == column)?.Index ?? -1;

    public static TableSchema Read(SqliteConnection connection, string table)
    {
        // table_info leaves out GENERATED columns (SQLite computes them), so they are neither read from the
        // CSV nor inserted; they are listed apart, so a CSV that has one can be told why it must not.
        var columns = connection.Query<(long Cid, string Name, string Type, long NotNull, long Pk)>(
            "SELECT cid, name, type, \"notnull\", pk FROM pragma_table_info(@table) ORDER BY cid", new { table })
            // A TEXT PRIMARY KEY accepts NULL in SQLite (a historical quirk); an id is required all the same.
            .Select(c => new SchemaColumn((int)c.Cid, c.Name, c.Type.ToUpperInvariant(), c.NotNull == 1 || c.Pk > 0))
            .ToList();
        var names = columns.Select(c => c.Name).ToList();

        var sql = connection.QuerySingle<string>("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = @table", new { table });
        var checks = CheckExpressions(sql).Select(e => new CheckConstraint(e, Mentioned(e, names))).ToList();

        // In column order, so the problems of one row are reported left to right.
        var uniqueKeys = connection.Query<string>("SELECT name FROM pragma_index_list(@table) WHERE \"unique\" = 1", new { table })
            .Select(index => (IReadOnlyList<string>)connection.Query<string>("SELECT name FROM pragma_index_info(@index) ORDER BY seqno", new { index }).ToList())
            .OrderBy(key => names.IndexOf(key[^1]))
            .ToList();

        var foreignKeys = connection.Query<(string From, string Parent, string? To)>(
            "SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(@table) ORDER BY id, seq", new { table })
            .Select(f => new ForeignKey(f.From, f.Parent, f.To ?? "id"))
            .OrderBy(f => names.IndexOf(f.Column))
            .ToList();

        var generated = connection.Query<string>("SELECT name FROM pragma_table_xinfo(@table) WHERE hidden IN (2, 3) ORDER BY cid", new { table }).ToList();

        return new TableSchema(table, columns, checks, uniqueKeys, foreignKeys, generated);
    }

    /// <summary>The text inside every <c>CHECK (...)</c> of a CREATE TABLE statement, whitespace collapsed.</summary>
    internal static List<string> CheckExpressions(string createTable)
    {
        var expressions = new List<string>();
        var i = 0;
        while (i < createTable.Length)
        {
            var c = createTable[i];
            if (c == '\'')
            {
                i = SkipString(createTable, i);
                continue;
            }
            if (c == '-' && i + 1 < createTable.Length && createTable[i + 1] == '-')
            {
                i = createTable.IndexOf('\n', i) is var end && end < 0 ? createTable.Length : end;
                continue;
            }
            if (IsWordAt(createTable, i, "CHECK"))
            {
                var open = i + "CHECK".Length;
                while (open < createTable.Length && char.IsWhiteSpace(createTable[open]))
                {
                    open++;
                }
                if (open < createTable.Length && createTable[open] == '(')
                {
                    var close = MatchingParenthesis(createTable, open);
                    expressions.Add(Whitespace().Replace(createTable[(open + 1)..close], " ").Trim());
                    i = close + 1;
                    continue;
                }
            }
            i++;
        }
        return expressions;
    }

    private static List<string> Mentioned(string expression, List<string> columns)
    {
        var code = StringLiteral().Replace(expression, "''");
        return columns
            .Select(c => (Column: c, Match: Regex.Match(code, $@"(?<![\w""]){Regex.Escape(c)}(?![\w""])")))
            .Where(x => x.Match.Success)
            .OrderBy(x => x.Match.Index)
            .Select(x => x.Column)
            .ToList();
    }

    private static bool IsWordAt(string text, int i, string word) =>
        string.Compare(text, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
        && (i == 0 || !IsWordChar(text[i - 1]))
        && (i + word.Length >= text.Length || !IsWordChar(text[i + word.Length]));

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static int SkipString(string text, int quote)
    {
        var i = quote + 1;
        while (i < text.Length)
        {
            if (text[i] == '\'')
            {
                if (i + 1 < text.Length && text[i + 1] == '\'')
                {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return i;
    }

    private static int MatchingParenthesis(string text, int open)
    {
        var depth = 0;
        var i = open;
        while (i < text.Length)
        {
            switch (text[i])
            {
                case '\'':
                    i = SkipString(text, i);
                    continue;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    if (depth == 0)
                    {
                        return i;
                    }
                    break;
            }
            i++;
        }
        throw new FormatException($"unbalanced parentheses in CHECK at offset {open}");
    }

    /// <summary>Columns a CHECK pins to a date shape (fixed or by precision): they get real-calendar checks.</summary>
    public HashSet<string> DateColumns() =>
        [.. Checks.Select(c => DateGlob().Match(c.Expression)).Where(m => m.Success).Select(m => m.Groups["date"].Value)];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"'(?:[^']|'')*'")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"^(?<date>\w+) GLOB (?:CASE|'\[0-9\]\[0-9\]\[0-9\]\[0-9\]-)")]
    private static partial Regex DateGlob();
}
