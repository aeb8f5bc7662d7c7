using Dapper;
using Transparency.Data.Requests;
using Transparency.Data.Sources;
using Transparency.Data.Timeline;

namespace Transparency.Data.Downloads;

/// <summary>
/// The complete lists behind the page exports, read as a stream: rows reach the response as SQLite yields
/// them, with their sources loaded a batch at a time, so an unfiltered timeline of a million events costs
/// one batch of memory, not a million records.
/// </summary>
public sealed class ViewStreams(Database database, TimelineQueries timeline, RequestQueries requests)
{
    // Sources are looked up for this many subjects at once: one query per batch, bounded memory.
    private const int Batch = 500;

    // The requests page's statement (RequestQueries.BatchesSql) without its LIMIT/OFFSET: paging through a
    // hundred thousand batches by OFFSET re-reads every skipped row and took minutes at 100×; one ordered
    // read does not. A deliberate full read in index order, listed as such in the query-plan test.
    private const string RequestsSql = $"{RequestQueries.BatchColumns} ORDER BY b.sort_order, b.id";

    /// <summary>How many events the filter matches, all of them (a text search's page stops counting at 1,000), read without reading the events.</summary>
    public Task<long> CountTimelineAsync(TimelineFilter filter, CancellationToken cancellationToken = default) =>
        timeline.CountAllAsync(filter, cancellationToken);

    /// <summary>Every event the filter matches, in the page's order (the statement the page runs, without its LIMIT).</summary>
    public async IAsyncEnumerable<TimelineEvent> TimelineAsync(TimelineFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var year = filter.YearText;
        var words = Search.SearchWords.Parse(filter.Query);
        await using var connection = await database.OpenAsync(cancellationToken);
        string sql;
        object parameters;
        // LIMIT -1 is SQLite's "no limit": the page's statement and plan, read to the end.
        if (words.IsEmpty)
        {
            sql = TimelineQueries.EventsSql(filter.Category is not null, filter.CaseId is not null, year is not null, filter.OldestFirst);
            parameters = new { category = filter.Category, caseId = filter.CaseId, year, limit = -1, offset = 0L, es = false };
        }
        else if (await timeline.TextMatchAsync(connection, words, filter, cancellationToken) is { } text)
        {
            sql = TimelineQueries.TextSql(filter.OldestFirst);
            parameters = new { match = text.Match, first = text.First, last = text.Last, limit = -1, offset = 0L, es = false };
        }
        else
        {
            yield break;
        }
        // Citations are read on a second connection while the first still steps through the events.
        await using var citations = await database.OpenAsync(cancellationToken);
        var batch = new List<TimelineEvent>(Batch);
        await foreach (var item in connection.QueryUnbufferedAsync<TimelineEvent>(sql, parameters).WithCancellation(cancellationToken))
        {
            batch.Add(item);
            if (batch.Count == Batch)
            {
                foreach (var withSources in await WithSourcesAsync(citations, batch))
                {
                    yield return withSources;
                }
                batch.Clear();
            }
        }
        foreach (var withSources in await WithSourcesAsync(citations, batch))
        {
            yield return withSources;
        }
    }

    /// <summary>How many request batches there are (recorded at build time).</summary>
    public Task<long> CountRequestsAsync(CancellationToken cancellationToken = default) => requests.CountAsync(cancellationToken);

    /// <summary>Every request batch in editorial order (the page's order), with its sources, as a stream.</summary>
    public async IAsyncEnumerable<RequestBatch> RequestsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var citations = await database.OpenAsync(cancellationToken);
        var batch = new List<RequestBatch>(Batch);
        await foreach (var item in connection.QueryUnbufferedAsync<RequestBatch>(RequestsSql, new { es = false }).WithCancellation(cancellationToken))
        {
            batch.Add(item);
            if (batch.Count == Batch)
            {
                foreach (var withSources in await WithSourcesAsync(citations, batch))
                {
                    yield return withSources;
                }
                batch.Clear();
            }
        }
        foreach (var withSources in await WithSourcesAsync(citations, batch))
        {
            yield return withSources;
        }
    }

    private static async Task<IEnumerable<RequestBatch>> WithSourcesAsync(Microsoft.Data.Sqlite.SqliteConnection connection, List<RequestBatch> batches)
    {
        var sources = await Citations.ForAsync(connection, Citations.Subject.RequestBatch, batches.Select(b => b.Id).ToList());
        return batches.Select(b => b with { Sources = sources[b.Id].ToList() }).ToList();
    }

    private static async Task<IEnumerable<TimelineEvent>> WithSourcesAsync(Microsoft.Data.Sqlite.SqliteConnection connection, List<TimelineEvent> events)
    {
        var sources = await Citations.ForAsync(connection, Citations.Subject.Event, events.Select(e => e.Id).ToList());
        return events.Select(e => e with { Sources = sources[e.Id].ToList() }).ToList();
    }
}
