using System.Security.Cryptography;
using Dapper;
using Transparency.Data.Building;

namespace Transparency.Data.Tests.Building;

/// <summary>The synthetic generator's promises: valid for the real builder, scaled, deterministic.</summary>
public sealed class SyntheticGeneratorTests : IDisposable
{
    private readonly string _root;
    private readonly string _fixture;

    public SyntheticGeneratorTests()
    {
        _root = TestRepository.NewTempDirectory("synthetic-");
        _fixture = TestRepository.CopyFixture(Path.Combine(_root, "fixture"));
    }

    public void Dispose() => TestRepository.DeleteQuietly(_root);

    [Fact]
    public void A_generated_data_set_builds_with_the_real_builder_at_the_promised_size()
    {
        var dir = Path.Combine(_root, "s2");
        var result = SyntheticGenerator.Generate(_fixture, dir, 2);
        var database = Path.Combine(_root, "s2.db");

        var report = DatasetBuilder.Validate(dir);
        Assert.True(report.IsValid, string.Join("\n", report.Errors.Take(20)));
        DatasetBuilder.Build(dir, database);

        using var connection = DatasetBuilder.OpenReadOnly(database, pooled: false);
        Assert.True(connection.QuerySingle<long>("SELECT COUNT(*) FROM events") >= 2 * SyntheticGenerator.MinimumRowsPerScale);
        Assert.True(connection.QuerySingle<long>("SELECT COUNT(*) FROM request_batches") >= 2 * SyntheticGenerator.MinimumRowsPerScale);
        Assert.Equal(result.Rows["sources"], connection.QuerySingle<long>("SELECT COUNT(*) FROM sources"));
        Assert.Equal(1, connection.QuerySingle<long>("SELECT COUNT(*) FROM dataset"));
        Assert.StartsWith("SYNTHETIC", connection.QuerySingle<string>("SELECT title FROM dataset"), StringComparison.Ordinal);
        // Totals computed at build time agree with counting.
        Assert.Equal(connection.QuerySingle<long>("SELECT COUNT(*) FROM events"),
            connection.QuerySingle<long>("SELECT events FROM timeline_counts WHERE category = '' AND case_id = '' AND year = ''"));
        Assert.Equal(0, connection.QuerySingle<long>(
            """
            SELECT COUNT(*) FROM timeline_counts t
            WHERE t.events <> (SELECT COUNT(*) FROM events e
                               WHERE (t.category = '' OR e.category = t.category)
                                 AND (t.case_id = '' OR e.case_id = t.case_id)
                                 AND (t.year = '' OR substr(e.occurred_on, 1, 4) = t.year))
            """));
    }

    [Fact]
    public void The_same_scale_writes_byte_identical_files()
    {
        SyntheticGenerator.Generate(_fixture, Path.Combine(_root, "a"), 1);
        SyntheticGenerator.Generate(_fixture, Path.Combine(_root, "b"), 1);

        var a = Directory.GetFiles(Path.Combine(_root, "a")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(20, a.Count);
        foreach (var file in a)
        {
            var twin = Path.Combine(_root, "b", Path.GetFileName(file));
            Assert.Equal(SHA256.HashData(File.ReadAllBytes(file)), SHA256.HashData(File.ReadAllBytes(twin)));
        }
    }
}
