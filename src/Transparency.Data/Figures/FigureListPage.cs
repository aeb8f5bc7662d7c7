namespace Transparency.Data.Figures;

/// <summary>One page of figures and how many there are in all.</summary>
public sealed record FigureListPage
{
    public required IReadOnlyList<FigureSummary> Figures { get; init; }
    public required long Total { get; init; }
}
