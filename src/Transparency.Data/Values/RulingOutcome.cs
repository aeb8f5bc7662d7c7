namespace Transparency.Data.Values;

/// <summary>What a court decided (<c>rulings.outcome</c>).</summary>
public enum RulingOutcome
{
    Granted,
    GrantedInPart,
    Denied,
    Affirmed,
    PartlyLifted,
    Ordered,
    Indicated,
}
