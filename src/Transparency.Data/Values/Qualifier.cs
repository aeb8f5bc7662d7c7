namespace Transparency.Data.Values;

/// <summary>How a reported value is worded (<c>figure_values.qualifier</c>): exact, about, more than, ...</summary>
public enum Qualifier
{
    Exact,
    About,
    MoreThan,
    LessThan,
    Nearly,
    AtMost,
    Derived,
}
