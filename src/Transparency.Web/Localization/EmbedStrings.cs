namespace Transparency.Web.Localization;

/// <summary>
/// Marker for the embed, chart-image, share and fact-sheet strings: EmbedStrings.resx (English) and
/// EmbedStrings.es.resx (Spanish), read through IStringLocalizer&lt;EmbedStrings&gt;. Kept apart from
/// Strings.resx so the two features can change their text independently.
/// </summary>
public sealed class EmbedStrings;
