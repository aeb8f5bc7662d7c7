namespace Transparency.Data.Values;

/// <summary>
/// What a fact rests on, whatever the site can link (<c>basis</c> in events, figure_values, request_batches,
/// cases, rulings). What the site links is the tier of the sources it cites; the label a reader sees says
/// both (<see cref="Sources.FactLabel"/>).
/// </summary>
public enum Basis
{
    /// <summary>A court filing, order, opinion, declaration, transcript or docket says it.</summary>
    CourtRecord,

    /// <summary>A government, congressional, court or party-counsel statement, letter, report or testimony.</summary>
    OfficialRecord,

    /// <summary>News reporting, from named or anonymous sources.</summary>
    Reporting,

    /// <summary>Only aggregators say it: the builder requires this exactly when every cited source is one.</summary>
    AggregatorOnly,
}
