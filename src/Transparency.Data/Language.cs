namespace Transparency.Data;

/// <summary>
/// The two languages of the site. Queries take one and pass it to their SQL as @es, where localized() (see
/// <see cref="Database"/>) picks the *_es column or, where it is empty, the English.
/// </summary>
public enum Language
{
    En,
    Es,
}
