using Transparency.Data.Dataset;

namespace Transparency.Data.Tests.Dataset;

public sealed class DatasetQueriesTests(BuiltDatabase db) : IClassFixture<BuiltDatabase>
{
    [Fact]
    public async Task Row_counts_name_every_loaded_table_with_its_csv_row_count()
    {
        var queries = new DatasetQueries(db.Database);

        var counts = (await queries.GetRowCountsAsync()).ToDictionary(c => c.TableName, c => c.Rows);
        var info = await queries.GetInfoAsync();

        Assert.Equal(info.Events, counts["events"]);
        Assert.Equal(info.Sources, counts["sources"]);
        Assert.Equal(info.Rulings, counts["rulings"]);
        Assert.Equal(1, counts["dataset"]);
        Assert.DoesNotContain("schema", counts.Keys);
        Assert.DoesNotContain("build_info", counts.Keys);
    }
}
