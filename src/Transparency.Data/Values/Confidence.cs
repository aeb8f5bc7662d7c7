namespace Transparency.Data.Values;

/// <summary>How well the sources establish a fact (<c>confidence</c> in events, figures, figure_values, request_batches, cases, rulings).</summary>
public enum Confidence
{
    ConfirmedCourtRecord,
    OfficialStatement,
    Reported,
    Conflicting,
}
