using Transparency.Data.Values;
using Transparency.Web.Localization;

namespace Transparency.Web.Components.Pages.Sources;

/// <summary>The words the sources pages put on a source and on what cites it, in the page's language.</summary>
public static class SourceUses
{
    public static string Label(string kind) => kind switch
    {
        "event" => Text.Get("UseEvent"),
        "figure" => Text.Get("UseFigure"),
        "request" => Text.Get("UseRequest"),
        "case" => Text.Get("UseCase"),
        "ruling" => Text.Get("UseRuling"),
        "open question" => Text.Get("UseOpenQuestion"),
        "guide" => Text.Get("UseGuide"),
        _ => kind,
    };

    /// <summary>A tier as a heading over its sources: "Primary documents", "Republications (copies)".</summary>
    public static string TierHeading(SourceTier tier) => Text.Get(tier switch
    {
        SourceTier.PrimaryDocument => "TierHeading_PrimaryDocument",
        SourceTier.OfficialRecord => "TierHeading_OfficialRecord",
        SourceTier.OriginalReporting => "TierHeading_OriginalReporting",
        SourceTier.Republication => "TierHeading_Republication",
        SourceTier.Aggregator => "TierHeading_Aggregator",
    });
}
