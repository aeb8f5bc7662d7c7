using Transparency.Data.Cases;
using Transparency.Data.Sources;
using Transparency.Data.Values;

namespace Transparency.Data.Guide;

/// <summary>One sourced paragraph of the plain-language guide, in the language asked for.</summary>
public sealed record GuideParagraph
{
    public required string Id { get; init; }
    public required GuideSection Section { get; init; }
    public required long SortOrder { get; init; }

    /// <summary>The section's question; set on the section's first paragraph only.</summary>
    public string? Heading { get; init; }
    public required string Body { get; init; }

    /// <summary>Verbatim words of the cited source, in <see cref="QuoteLang"/>.</summary>
    public string? Quote { get; init; }
    public string? QuoteLang { get; init; }

    /// <summary>The project's translation of the quote into the other language.</summary>
    public string? QuoteTranslation { get; init; }
    public string? CaseId { get; init; }

    /// <summary>The case status the sentence was written for.</summary>
    public CaseStatus? CaseStatus { get; init; }

    /// <summary>The help service's own page, the Spanish one on the Spanish guide when it has its own address.</summary>
    public string? Url { get; init; }
    public string? Languages { get; init; }
    public required string ReviewedOn { get; init; }
    public IReadOnlyList<SourceRef> Sources { get; init; } = [];
}

/// <summary>An IRS-ICE case as the guide shows it: its status from the data and, where the guide has one, its plain sentence.</summary>
public sealed record GuideCase
{
    public required string Id { get; init; }
    public required string ShortName { get; init; }
    public required CaseStatus Status { get; init; }
    public required string StatusSummary { get; init; }
    public RulingEffect? DecisiveEffect { get; init; }
    public RulingOutcome? DecisiveOutcome { get; init; }
    public bool BlockStands { get; init; }

    /// <summary>The case's badges, by the rule the overview uses too (<see cref="CourtStandings"/>).</summary>
    public IReadOnlyList<CourtStanding> Standings => CourtStandings.Of(DecisiveEffect, DecisiveOutcome, BlockStands);
    public bool AppealPending => CourtStandings.AppealPending(Status);
}

/// <summary>The whole guide: its paragraphs in page order and the IRS-ICE cases.</summary>
public sealed record GuideContent(IReadOnlyList<GuideParagraph> Paragraphs, IReadOnlyList<GuideCase> Cases)
{
    /// <summary>The latest day a paragraph shown was checked against its sources.</summary>
    public string? ReviewedOn => Paragraphs.Select(p => p.ReviewedOn).Max(StringComparer.Ordinal);

    /// <summary>
    /// The case's plain sentence from the guide, or null when the guide has none written for the case's current
    /// status (the page then shows the case's own status summary, so a changed status never sits beside a stale sentence).
    /// </summary>
    public GuideParagraph? SentenceFor(GuideCase c) =>
        Paragraphs.FirstOrDefault(p => p.CaseId == c.Id && p.CaseStatus == c.Status);
}
