using System.Globalization;
using Transparency.Data.Timeline;

namespace Transparency.Web.Components.Pages.Timeline;

/// <summary>
/// The timeline's query string, validated against the values that exist. Shared by the page and its
/// CSV/JSON twins so a download holds exactly the events the page shows. Unknown values are ignored
/// (and reported), never an error: a shared link with a stale filter still shows something useful.
/// </summary>
public sealed record TimelineRequest(TimelineFilter Filter, IReadOnlyList<string> Ignored, TimelineFacets? Facets = null)
{
    public const int MaxQueryLength = 200;

    public static async Task<TimelineRequest> ParseAsync(
        TimelineQueries queries, string? category, string? caseId, string? year, string? query, string? order, string? page,
        CancellationToken cancellationToken = default)
    {
        var ignored = new List<string>();
        // Read once here; the page hands them to SearchAsync instead of reading them again.
        var facets = await queries.GetFacetsAsync(cancellationToken);
        string? Known(string? value, IReadOnlyList<Facet> options, string name)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }
            if (options.Any(o => o.Value == value))
            {
                return value;
            }
            ignored.Add($"{name} “{Truncate(value, 40)}”");
            return null;
        }
        var knownYear = Known(year, facets.Years, "year");
        var pageNumber = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is > 0 and < 100_000 ? p : 1;
        var filter = new TimelineFilter
        {
            Category = Known(category, facets.Categories, "category"),
            CaseId = Known(caseId, facets.Cases, "case"),
            Year = knownYear is null ? null : int.Parse(knownYear, CultureInfo.InvariantCulture),
            Query = string.IsNullOrWhiteSpace(query) ? null : Truncate(query.Trim(), MaxQueryLength),
            OldestFirst = order == "oldest",
            Page = pageNumber,
        };
        return new TimelineRequest(filter, ignored, facets);
    }

    /// <summary>The query string of this view (without the page), for links to its twins.</summary>
    public string QueryString(int? page = null, string? category = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["q"] = Filter.Query,
            ["category"] = category ?? Filter.Category,
            ["case"] = Filter.CaseId,
            ["year"] = Filter.Year?.ToString(CultureInfo.InvariantCulture),
            ["order"] = Filter.OldestFirst ? "oldest" : null,
            ["page"] = page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("", query.Where(kv => kv.Value is not null));
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max] + "…";
}
