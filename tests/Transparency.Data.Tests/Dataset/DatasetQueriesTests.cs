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

    [Fact]
    public async Task Dataset_info_is_read_once_per_build_until_the_file_is_replaced()
    {
        using var data = new TestData();
        data.Build();
        var database = new Database(data.DatabasePath);
        var queries = new DatasetQueries(database);
        var first = await queries.GetInfoAsync();
        var firstEs = await queries.GetInfoAsync(Language.Es);

        data.SetField("agencies", 0, "name_es", "Departamento de Seguridad Nacional");
        data.Build();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var cached = await queries.GetInfoAsync();
        database.DatasetReplaced();
        var fresh = await queries.GetInfoAsync();

        Assert.Same(first, cached);
        Assert.NotSame(first, firstEs);
        Assert.NotEqual(first.InputsSha256, fresh.InputsSha256);
        Assert.Equal(fresh.InputsSha256, (await queries.GetInfoAsync(Language.Es)).InputsSha256);
    }
}
