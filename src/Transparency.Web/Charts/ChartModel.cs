using Transparency.Data;
using Transparency.Data.Cases;
using Transparency.Data.Figures;
using Transparency.Data.Requests;
using Transparency.Data.Sources;
using Transparency.Data.Values;

namespace Transparency.Web.Charts;

/// <summary>Everything one shareable chart shows, whatever it is rendered into: an embed page, an SVG or a PNG.</summary>
public sealed record ChartModel
{
    public required string Chart { get; init; }
    public string? CaseId { get; init; }
    public required Language Language { get; init; }
    public required string Title { get; init; }
    public required string Takeaway { get; init; }
    /// <summary>The chart's place on its page, site-relative and in the chart's language ("/requests#request-funnel").</summary>
    public required string PagePath { get; init; }
    public required IReadOnlyList<SourceRef> Sources { get; init; }
    /// <summary>What the chart's facts rest on, in a sentence: each row's own label is in its table.</summary>
    public required string Sourcing { get; init; }
    public string? SourcingNote { get; init; }
    public required string AsOf { get; init; }
    public required string Version { get; init; }
    public IReadOnlyList<RequestBatch> Batches { get; init; } = [];
    public IReadOnlyList<Ruling> Rulings { get; init; } = [];
    /// <summary>The headline figures, for the key-numbers chart (requested → disclosed → found unlawful).</summary>
    public IReadOnlyList<FigureSummary> Figures { get; init; } = [];

    /// <summary>The filter state as a query string ("" or "?case=ctr-v-irs"), shared by every URL of the chart.</summary>
    public string Query => CaseId is null ? "" : "?case=" + Uri.EscapeDataString(CaseId);

    public string FileName(string extension) => $"transparency-{Chart}{(CaseId is null ? "" : "-" + CaseId)}-v{Version}.{extension}";
}
