using Transparency.Data.Requests;

namespace Transparency.Data.Tests.Requests;

public sealed class RequestQueriesTests(BuiltDatabase db) : IClassFixture<BuiltDatabase>
{
    [Fact]
    public async Task One_batch_by_id_equals_its_row_in_the_list()
    {
        var queries = new RequestQueries(db.Database);
        var listed = (await queries.GetBatchesAsync())[1];

        var one = await queries.GetBatchAsync(listed.Id);

        Assert.NotNull(one);
        Assert.Equal(listed with { Sources = [] }, one with { Sources = [] });
        Assert.Equal(listed.Sources, one.Sources);
        Assert.Null(await queries.GetBatchAsync("no-such-request"));
    }
}
