namespace Transparency.Web.Localization;

/// <summary>
/// Marker for the UI strings: Strings.resx (English) and Strings.es.resx (Spanish), read through
/// IStringLocalizer&lt;Strings&gt;. Keys are the English text's purpose, not the text.
/// </summary>
public sealed class Strings;
