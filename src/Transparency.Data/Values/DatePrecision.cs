namespace Transparency.Data.Values;

/// <summary>How precise a date is: the text is <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
}
