using System.Reflection;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using Transparency.Data.Sources;
using Transparency.Data.Timeline;

namespace Transparency.Data.Tests;

/// <summary>
/// Every SQL statement the site runs must be served by an index: the data set grows (a synthetic one has a
/// million events) and a full scan of a growing table makes a page linear in it. The statements are found
/// by reflection: every <c>const string</c> named <c>*Sql</c> in Transparency.Data, where all the site's SQL
/// lives (outside the builder, which runs once at build time), plus the statements a class composes at run time, listed by its
/// <c>Statements()</c> method. Each is run through EXPLAIN QUERY PLAN against the real built database.
/// </summary>
public sealed partial class QueryPlanTests(BuiltDatabase db) : IClassFixture<BuiltDatabase>
{
    /// <summary>Tables that hold one row or a few per table of the schema (or per kind of search result); they never grow with the data.</summary>
    private static readonly HashSet<string> FixedSizeTables = ["dataset", "build_info", "build_inputs", "dictionary_tables", "dictionary_columns", "sqlite_schema", "search_kinds"];

    public static TheoryData<string, string> Statements()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, sql) in AllStatements())
        {
            data.Add(name, sql);
        }
        return data;
    }

    private static IEnumerable<(string Name, string Sql)> AllStatements()
    {
        foreach (var type in typeof(Database).Assembly.GetTypes().Where(t => t.Namespace?.EndsWith(".Building", StringComparison.Ordinal) != true))
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name.EndsWith("Sql", StringComparison.Ordinal)))
            {
                yield return ($"{type.Name}.{field.Name}", (string)field.GetRawConstantValue()!);
            }
        }
        var i = 0;
        foreach (var sql in TimelineQueries.Statements())
        {
            yield return ($"TimelineQueries.Statements()[{i++}]", sql);
        }
        i = 0;
        foreach (var sql in Citations.Statements())
        {
            yield return ($"Citations.Statements()[{i++}]", sql);
        }
    }

    [Fact]
    public void The_statements_are_found()
    {
        var names = AllStatements().Select(s => s.Name).ToList();
        Assert.Contains("TimelineQueries.EventSql", names);
        Assert.Contains("SourceQueries.PageSql", names);
        Assert.True(names.Count > 60, $"only {names.Count} statements found");
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public async Task No_statement_scans_a_table_that_grows(string name, string sql)
    {
        if (KnownScans.ContainsKey(name))
        {
            return;
        }
        var problems = FullScans(await PlanAsync(sql), sql);
        Assert.True(problems.Count == 0, $"{name} scans: {string.Join("; ", problems)}\n{sql}");
    }

    /// <summary>
    /// Statements that read every row of a growing table, each with why it is still accepted. The test
    /// fails when one of them no longer exists or no longer scans, so this list cannot go stale.
    /// </summary>
    private static readonly Dictionary<string, string> KnownScans = new(StringComparer.Ordinal)
    {
        // The case filter offers every case; its length is the number of cases, whatever the limit.
        ["TimelineQueries.CaseFacetsSql"] = "lists every case by design",
        // /requests.csv|json is the complete list by design: one read in the page's index order, streamed to the response.
        ["ViewStreams.RequestsSql"] = "a complete export reads every request batch once, streamed",
        // One row per source tier (five), written by the builder: it does not grow with the data.
        ["DatasetQueries.TierCountsSql"] = "five rows, one per tier",
        // The glossary is the site's vocabulary (tens of editorial rows, copied once into the synthetic sets, not
        // multiplied), read whole once per build: every page needs all of it to link a term's first use.
        ["GlossaryQueries.EntriesSql"] = "the glossary, read whole once per build; it does not grow with the data",
        ["GlossaryQueries.SourcesSql"] = "the glossary's sources, read with it once per build",
    };

    [Theory]
    [InlineData("SELECT id FROM events WHERE title LIKE '%IRS%'")]
    [InlineData("SELECT e.id FROM events e WHERE (@c IS NULL OR e.category = @c) ORDER BY e.id LIMIT 10")]
    [InlineData("SELECT id FROM events ORDER BY summary LIMIT 10")]
    [InlineData("WITH x AS MATERIALIZED (SELECT id FROM events WHERE category = @c) SELECT id FROM x")]
    [InlineData("SELECT COUNT(*) FROM (SELECT DISTINCT category FROM events WHERE category > @c)")]
    public async Task The_check_fails_on_a_full_scan(string sql) =>
        // The same check on statements that scan: it must object, or it checks nothing.
        Assert.NotEmpty(FullScans(await PlanAsync(sql), sql));

    [Theory]
    [InlineData("SELECT id FROM events WHERE category = @c")]
    [InlineData("SELECT e.id FROM events e ORDER BY e.id LIMIT 10")]
    [InlineData("WITH x AS MATERIALIZED (SELECT id FROM events WHERE category = @c LIMIT 10) SELECT id FROM x")]
    [InlineData("SELECT COUNT(*) FROM (SELECT 1 FROM events WHERE category = @c LIMIT 10)")]
    public async Task The_check_accepts_an_index_search_or_a_bounded_scan_in_index_order(string sql) =>
        Assert.Empty(FullScans(await PlanAsync(sql), sql));

    [Fact]
    public async Task Every_known_scan_still_exists_and_still_scans()
    {
        var statements = AllStatements().ToDictionary(s => s.Name, s => s.Sql, StringComparer.Ordinal);
        foreach (var name in KnownScans.Keys)
        {
            Assert.True(statements.TryGetValue(name, out var sql), $"{name} no longer exists: remove it from KnownScans");
            Assert.True(FullScans(await PlanAsync(sql), sql).Count > 0, $"{name} no longer scans: remove it from KnownScans");
        }
    }

    private async Task<List<(long Parent, string Detail)>> PlanAsync(string sql)
    {
        await using var connection = await db.Database.OpenAsync();
        // Dapper expands "IN @ids" into a list; SQLite needs the parentheses to plan it.
        var explain = "EXPLAIN QUERY PLAN " + DapperList().Replace(sql, "IN ($1)");
        return (await connection.QueryAsync<(long Id, long Parent, long NotUsed, string Detail)>(explain)).Select(r => (r.Parent, r.Detail)).ToList();
    }

    /// <summary>
    /// The plan's full scans of growing tables. A scan in index order is accepted only when the statement
    /// stops early (LIMIT), filters nothing (no WHERE: a filter could skip most of the table before the
    /// limit is reached) and needs no sort of its result: it reads a page's worth of rows, not the table.
    /// </summary>
    private static List<string> FullScans(List<(long Parent, string Detail)> plan, string sql)
    {
        var sorted = plan.Any(p => p.Parent == 0 && p.Detail.StartsWith("USE TEMP B-TREE FOR", StringComparison.Ordinal) && p.Detail.Contains("ORDER BY", StringComparison.Ordinal));
        var topLevel = TopLevel(sql);
        var bounded = topLevel.Contains("LIMIT", StringComparison.Ordinal) && !topLevel.Contains("WHERE", StringComparison.Ordinal);
        var problems = new List<string>();
        foreach (var step in plan.Select(p => p.Detail))
        {
            var scan = Scan().Match(step);
            if (!scan.Success)
            {
                continue;
            }
            var table = Aliases(sql).GetValueOrDefault(scan.Groups["table"].Value, scan.Groups["table"].Value);
            var rest = scan.Groups["rest"].Value;
            if (FixedSizeTables.Contains(table) || table.StartsWith("pragma_", StringComparison.Ordinal) || table == "CONSTANT")
            {
                continue;
            }
            if (BoundedIntermediates(sql).Contains(table))
            {
                continue; // A WITH or FROM (...) result that its own LIMIT bounds: a page's worth of rows, not a table.
            }
            if (rest.StartsWith("VIRTUAL TABLE INDEX", StringComparison.Ordinal) && rest.Contains('M', StringComparison.Ordinal))
            {
                continue; // FTS5 driven by MATCH ('M' in its index string): an index lookup.
            }
            if (rest.Contains("INDEX", StringComparison.Ordinal) && bounded && !sorted)
            {
                continue;
            }
            problems.Add(step);
        }
        return problems;
    }

    /// <summary>
    /// The names the plan gives the statement's intermediate results that are bounded by a LIMIT of their own:
    /// each "name AS [MATERIALIZED] (...)" of a WITH whose body has a LIMIT at its top level, and "(subquery-N)"
    /// when every FROM (...) subquery has one.
    /// </summary>
    private static HashSet<string> BoundedIntermediates(string sql)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in WithName().Matches(sql))
        {
            if (TopLevel(Body(sql, m.Index + m.Length - 1)).Contains("LIMIT", StringComparison.Ordinal))
            {
                names.Add(m.Groups["name"].Value);
            }
        }
        var subqueries = FromSubquery().Matches(sql).Select(m => Body(sql, m.Index + m.Length - 1)).ToList();
        if (subqueries.Count > 0 && subqueries.All(b => TopLevel(b).Contains("LIMIT", StringComparison.Ordinal)))
        {
            for (var i = 0; i < 10; i++)
            {
                names.Add($"(subquery-{i})");
            }
        }
        return names;
    }

    /// <summary>The text inside the parenthesis that opens at <paramref name="open"/>.</summary>
    private static string Body(string sql, int open)
    {
        var depth = 0;
        for (var i = open; i < sql.Length; i++)
        {
            depth += sql[i] == '(' ? 1 : sql[i] == ')' ? -1 : 0;
            if (depth == 0)
            {
                return sql[(open + 1)..i];
            }
        }
        return sql[(open + 1)..];
    }

    [GeneratedRegex(@"\b(?<name>\w+) AS (?:MATERIALIZED )?\(")]
    private static partial Regex WithName();

    [GeneratedRegex(@"\bFROM \(")]
    private static partial Regex FromSubquery();

    /// <summary>The statement without anything in parentheses (subqueries, function arguments).</summary>
    private static string TopLevel(string sql)
    {
        string previous;
        do
        {
            previous = sql;
            sql = Innermost().Replace(sql, "");
        }
        while (sql != previous);
        return sql;
    }

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Innermost();

    /// <summary>Plans name a table by its alias ("SCAN e"); this maps aliases back to tables.</summary>
    private static Dictionary<string, string> Aliases(string sql)
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in FromOrJoin().Matches(sql))
        {
            aliases.TryAdd(m.Groups["alias"].Value, m.Groups["table"].Value);
        }
        return aliases;
    }

    [GeneratedRegex(@"\b(?:FROM|JOIN)\s+(?<table>\w+)(?:\([^)]*\))?\s+(?:AS\s+)?(?<alias>\w+)")]
    private static partial Regex FromOrJoin();

    [GeneratedRegex(@"^SCAN (?<table>\S+)(?: AS \S+)?\s*(?<rest>.*)$")]
    private static partial Regex Scan();

    [GeneratedRegex(@"IN (@\w+)")]
    private static partial Regex DapperList();
}
