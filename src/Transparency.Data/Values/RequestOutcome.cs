namespace Transparency.Data.Values;

/// <summary>What became of a request for IRS data (<c>request_batches.outcome</c>).</summary>
public enum RequestOutcome
{
    Declined,
    Rejected,
    PartlyFulfilled,
    Disputed,
}
