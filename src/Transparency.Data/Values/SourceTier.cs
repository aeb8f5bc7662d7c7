namespace Transparency.Data.Values;

/// <summary>What a source is, best first (<c>sources.tier</c>); <c>sources.tier_rank</c> is its position, 1 to 5.</summary>
public enum SourceTier
{
    /// <summary>The document itself, or the court's record of it: an opinion, order, declaration, transcript, docket, report or agreement.</summary>
    PrimaryDocument,

    /// <summary>An official record or statement: government, Congress, a court, the parties' counsel.</summary>
    OfficialRecord,

    /// <summary>The outlet that did the reporting, at its own address.</summary>
    OriginalReporting,

    /// <summary>A copy of another outlet's article; the original outlet is named.</summary>
    Republication,

    /// <summary>An aggregator, mirror or analysis with no single original.</summary>
    Aggregator,
}
