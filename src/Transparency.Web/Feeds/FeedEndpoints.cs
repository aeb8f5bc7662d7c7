using Transparency.Data.Cases;
using Transparency.Data.Dataset;
using Transparency.Data.Feeds;

namespace Transparency.Web.Feeds;

/// <summary>The Atom feeds: site-wide updates and one feed per court case.</summary>
public static class FeedEndpoints
{
    public const string UpdatesPath = "/feeds/updates.atom";

    public static string CasePath(string caseId) => $"/feeds/cases/{caseId}.atom";

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        // HEAD too: feed readers and validators probe with it before fetching.
        string[] methods = [HttpMethods.Get, HttpMethods.Head];
        endpoints.MapMethods(UpdatesPath, methods, UpdatesAsync);
        endpoints.MapMethods("/feeds/cases/{id}.atom", methods, CaseAsync);
        return endpoints;
    }

    private static async Task<IResult> UpdatesAsync(HttpRequest request, SiteUrls urls, DatasetQueries dataset, FeedQueries feeds, CancellationToken cancellationToken)
    {
        var head = new FeedHead(UpdatesPath, "/timeline", "Transparency: updates",
            $"New and changed timeline events, court rulings and corrections, newest first (the latest {FeedQueries.DefaultLimit} at most).");
        return await RenderAsync(request, urls, dataset, head, await feeds.GetEntriesAsync(null, FeedQueries.DefaultLimit, cancellationToken), cancellationToken);
    }

    private static async Task<IResult> CaseAsync(string id, HttpRequest request, SiteUrls urls, DatasetQueries dataset, CaseQueries cases, FeedQueries feeds, CancellationToken cancellationToken)
    {
        if (await cases.GetAsync(id, cancellationToken: cancellationToken) is not { } found)
        {
            return Results.NotFound();
        }
        var head = new FeedHead(CasePath(found.Id), $"/cases/{found.Id}", $"Transparency: {found.ShortName}",
            $"New and changed events, rulings and corrections in {found.Name}, newest first (the latest {FeedQueries.DefaultLimit} at most).");
        return await RenderAsync(request, urls, dataset, head, await feeds.GetEntriesAsync(found.Id, FeedQueries.DefaultLimit, cancellationToken), cancellationToken);
    }

    private static async Task<IResult> RenderAsync(HttpRequest request, SiteUrls urls, DatasetQueries dataset, FeedHead head, IReadOnlyList<FeedEntry> entries, CancellationToken cancellationToken)
    {
        var info = await dataset.GetInfoAsync(cancellationToken: cancellationToken);
        var feed = AtomFeed.Build(urls.BaseUrl(request), head, info, entries);
        return Results.Bytes(AtomFeed.Serialize(feed), AtomFeed.ContentType);
    }
}
