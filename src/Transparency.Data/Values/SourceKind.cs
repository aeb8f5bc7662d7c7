namespace Transparency.Data.Values;

/// <summary>Type of source (<c>sources.kind</c>).</summary>
public enum SourceKind
{
    News,
    CourtRecord,
    Government,
    Congress,
    Advocacy,
    LegalAnalysis,
    Transcript,
    Aggregator,
    Blog,
}
