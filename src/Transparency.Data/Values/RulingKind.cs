namespace Transparency.Data.Values;

/// <summary>Type of court decision (<c>rulings.kind</c>).</summary>
public enum RulingKind
{
    Tro,
    PreliminaryInjunction,
    StayAndPreliminaryInjunction,
    Order,
    IndicativeRuling,
    MemorandumOpinion,
    AppealOpinion,
    Modification,
}
