namespace Transparency.Data.Values;

/// <summary>Why something is not known (<c>unknowns.kind</c>).</summary>
public enum UnknownKind
{
    NotFound,
    Conflict,
    Unverified,
}
