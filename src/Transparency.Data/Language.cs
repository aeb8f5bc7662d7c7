namespace Transparency.Data;

/// <summary>The two languages of the site. Queries take one to pick the English or the *_es column.</summary>
public enum Language
{
    En,
    Es,
}
