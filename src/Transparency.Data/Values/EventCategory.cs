namespace Transparency.Data.Values;

/// <summary>What kind of event a timeline row is (<c>events.category</c>).</summary>
public enum EventCategory
{
    Filing,
    Hearing,
    Request,
    Statement,
    Disclosure,
    CourtRuling,
    Policy,
    Agreement,
    Oversight,
    Correction,
    Testimony,
}
