using Microsoft.Extensions.Localization;
using Transparency.Data;
using Transparency.Data.Cases;
using Transparency.Data.Dataset;
using Transparency.Data.Figures;
using Transparency.Data.Requests;
using Transparency.Data.Values;
using Transparency.Web.Components.Shared;
using Transparency.Web.Localization;

namespace Transparency.Web.Charts;

/// <summary>
/// Reads one shareable chart by its public name and filter. The names are a published contract
/// (embed and image URLs live on in other sites): add new ones, never rename.
/// </summary>
public sealed class ChartLoader(DatasetQueries datasetQueries, RequestQueries requestQueries, CaseQueries caseQueries, FigureQueries figureQueries, IStringLocalizer<EmbedStrings> text)
{
    public const string RequestFunnel = "request-funnel";
    public const string Rulings = "rulings";
    /// <summary>The overview's hero chart, requested → disclosed → found unlawful, to scale. An image only (no embed).</summary>
    public const string KeyNumbers = "key-numbers";

    /// <summary>The chart, or null for an unknown chart or case (the caller answers 404).</summary>
    public async Task<ChartModel?> LoadAsync(string chart, string? caseId, Language language, CancellationToken cancellationToken = default)
    {
        switch (chart)
        {
            case RequestFunnel when caseId is null:
            {
                var info = await datasetQueries.GetInfoAsync(cancellationToken: cancellationToken);
                var batches = await requestQueries.GetBatchesAsync(language: language, pageSize: FunnelBatches, cancellationToken: cancellationToken);
                return Funnel(info, batches, language, text);
            }
            case Rulings when caseId is null:
            {
                var info = await datasetQueries.GetInfoAsync(cancellationToken: cancellationToken);
                var rulings = await caseQueries.GetRulingsAsync(language: language, cancellationToken: cancellationToken);
                var cases = rulings.Select(r => r.CaseId).Distinct().Count();
                return new ChartModel
                {
                    Chart = chart, Language = language, Title = text["RulingsTitle"], Takeaway = text["RulingsTakeaway", rulings.Count, cases],
                    PagePath = Languages.Href(language, "/cases#rulings-over-time"),
                    Sources = rulings.SelectMany(r => r.Sources).DistinctBy(s => s.Id).ToList(),
                    Sourcing = text["SourcingPerRow"], AsOf = info.AsOf, Version = info.Version, Rulings = rulings,
                };
            }
            case Rulings:
            {
                var found = await caseQueries.GetAsync(caseId!, language, cancellationToken);
                if (found is null)
                {
                    return null;
                }
                var info = await datasetQueries.GetInfoAsync(cancellationToken: cancellationToken);
                var rulings = await caseQueries.GetRulingsAsync(found.Id, language, cancellationToken: cancellationToken);
                return CaseRulings(found, info, rulings, language, text);
            }
            case KeyNumbers when caseId is null:
            {
                var info = await datasetQueries.GetInfoAsync(cancellationToken: cancellationToken);
                var figures = await figureQueries.GetAllAsync(headlinesOnly: true, language: language, cancellationToken: cancellationToken);
                if (RatioChart.TakeawayOf(figures) is not { } takeaway)
                {
                    return null;
                }
                var values = await figureQueries.GetValuesAsync(RatioChart.Steps(figures).Select(f => f.Id).ToList(), language: language, cancellationToken: cancellationToken);
                return new ChartModel
                {
                    Chart = chart, Language = language, Title = text["KeyNumbersTitle"], Takeaway = takeaway,
                    PagePath = Languages.Href(language, "/#hero-ratio"),
                    // The sources of the values drawn: each step's preferred value.
                    Sources = values.Where(v => v.IsPreferred).SelectMany(v => v.Sources).DistinctBy(s => s.Id).ToList(),
                    Sourcing = text["SourcingPerRow"], AsOf = info.AsOf, Version = info.Version, Figures = figures,
                };
            }
            default:
                return null;
        }
    }

    /// <summary>How many requests the funnel's embed and image draw (the first page of the list).</summary>
    public const int FunnelBatches = 100;

    /// <summary>
    /// The funnel from data already read: the loader's and, so it does not read them twice, the overview's
    /// (when it holds every request the embed draws). <paramref name="batches"/> are the first
    /// <see cref="FunnelBatches"/> requests in list order.
    /// </summary>
    public static ChartModel Funnel(DatasetInfo info, IReadOnlyList<RequestBatch> batches, Language language, IStringLocalizer<EmbedStrings> text) => new()
    {
        Chart = RequestFunnel, Language = language, Title = text["FunnelTitle"], Takeaway = text["FunnelTakeaway", batches.Count],
        PagePath = Languages.Href(language, "/requests#request-funnel"),
        Sources = batches.SelectMany(b => b.Sources).DistinctBy(s => s.Id).ToList(),
        Sourcing = text["SourcingPerRow"], AsOf = info.AsOf, Version = info.Version, Batches = batches,
    };

    /// <summary>A case's rulings chart from data already read (the loader's and the case page's); null when it has no ruling.</summary>
    public static ChartModel? CaseRulings(CaseSummary found, DatasetInfo info, IReadOnlyList<Ruling> rulings, Language language, IStringLocalizer<EmbedStrings> text)
    {
        if (rulings.Count == 0)
        {
            return null;
        }
        var latest = rulings[^1];
        return new ChartModel
        {
            Chart = Rulings, CaseId = found.Id, Language = language,
            Title = text["CaseRulingsTitle", found.ShortName],
            Takeaway = text[rulings.Count == 1 ? "CaseRulingsTakeawayOne" : "CaseRulingsTakeaway", rulings.Count, Display.Date(latest.DecidedOn), latest.Title],
            PagePath = Languages.Href(language, $"/cases/{found.Id}#case-rulings"),
            Sources = rulings.SelectMany(r => r.Sources).DistinctBy(s => s.Id).ToList(),
            Sourcing = text["SourcingPerRow"], AsOf = info.AsOf, Version = info.Version, Rulings = rulings,
        };
    }
}
