using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace Transparency.Web.Tests;

/// <summary>
/// The site's SQL lives in Transparency.Data, where QueryPlanTests runs every statement through EXPLAIN QUERY
/// PLAN and every connection has the localized() function; a statement written in the web project would
/// escape both. Every string literal compiled into the assembly is read (constants end up there too, where
/// they are used), so an inline CommandText is found as well as a const.
/// </summary>
public sealed partial class NoSqlInTheWebProjectTests
{
    private static List<string> Statements(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var found = new List<string>();
        for (var handle = MetadataTokens.UserStringHandle(1); !handle.IsNil; handle = metadata.GetNextHandle(handle))
        {
            var text = metadata.GetUserString(handle);
            if (Statement().IsMatch(text))
            {
                found.Add(text);
            }
        }
        return found;
    }

    [Fact]
    public void The_web_project_runs_no_sql_of_its_own() =>
        Assert.Empty(Statements(typeof(Transparency.Web.Hosting.DatasetWatcher).Assembly));

    [Fact]
    public void The_check_finds_the_statements_of_the_data_project() =>
        Assert.Contains(Statements(typeof(Transparency.Data.Database).Assembly), s => s.Contains("FROM events e", StringComparison.Ordinal));

    [GeneratedRegex(@"\bSELECT\b[\s\S]*\bFROM\b")]
    private static partial Regex Statement();
}
