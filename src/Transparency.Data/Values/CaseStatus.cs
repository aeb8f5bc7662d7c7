namespace Transparency.Data.Values;

/// <summary>A case's status at coverage end (<c>cases.status</c>).</summary>
public enum CaseStatus
{
    ReliefGranted,
    ReliefDenied,
    AppealPending,
    PartlyLifted,
    Closed,
    Unknown,
}
