namespace Transparency.Data.Values;

/// <summary>What a ruling did to the data sharing (<c>rulings.effect</c>), as its sources and summary describe it.</summary>
public enum RulingEffect
{
    /// <summary>Let the sharing go on: relief refused, a refusal affirmed, or an earlier block loosened.</summary>
    Allowed,
    /// <summary>Blocked or limited it: a restraining order, injunction or stay, or a condition such as advance notice.</summary>
    Blocked,
    /// <summary>Found that disclosures already made broke the law.</summary>
    FoundUnlawful,
    /// <summary>About the record, discovery or the appeal; no effect on the sharing.</summary>
    Procedural,
}
