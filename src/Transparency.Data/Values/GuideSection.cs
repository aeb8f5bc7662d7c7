namespace Transparency.Data.Values;

/// <summary>The question a paragraph of the guide answers (<c>guide.section</c>), in the order the page asks them.</summary>
public enum GuideSection
{
    Shared,
    Still,
    Courts,
    Unknown,
    Advice,
    Help,
}
