using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Transparency.Data.Tests;

public sealed partial class DataDictionaryTests
{
    [Fact]
    public void Data_readme_documents_every_table_and_every_column()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        connection.Execute(File.ReadAllText(Path.Combine(TestRepository.PublishedDataDirectory, "schema.sql")));
        var readme = File.ReadAllText(Path.Combine(TestRepository.PublishedDataDirectory, "README.md"));
        var sections = TableHeading().Split(readme);
        // Split yields [preamble, name1, body1, name2, body2, ...].
        var bodies = new Dictionary<string, string>();
        for (var i = 1; i + 1 < sections.Length; i += 2)
        {
            bodies[sections[i]] = sections[i + 1];
        }

        var missing = new List<string>();
        foreach (var table in connection.Query<string>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"))
        {
            // The full-text index (and SQLite's shadow tables behind it) is an index, documented in prose.
            if (Transparency.Data.Building.DatasetBuilder.IsFullText(table))
            {
                Assert.Contains($"`{Transparency.Data.Building.DatasetBuilder.SearchTable}`", readme, StringComparison.Ordinal);
                continue;
            }
            if (!bodies.TryGetValue(table, out var body))
            {
                missing.Add(table);
                continue;
            }
            // table_xinfo, so generated columns (hidden 2 or 3: in the file, not in the CSV) are documented too.
            foreach (var column in connection.Query<string>($"SELECT name FROM pragma_table_xinfo('{table}') WHERE hidden <> 1"))
            {
                if (!Regex.IsMatch(body, $@"^\|\s*`{Regex.Escape(column)}`\s*\|", RegexOptions.Multiline))
                {
                    missing.Add($"{table}.{column}");
                }
            }
        }
        Assert.True(missing.Count == 0, "Undocumented in data/README.md: " + string.Join(", ", missing));
    }

    [GeneratedRegex(@"^### `([a-z_]+)`\s*$", RegexOptions.Multiline)]
    private static partial Regex TableHeading();
}
