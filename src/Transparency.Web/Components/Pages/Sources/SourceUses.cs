using Transparency.Data.Sources;
using Transparency.Web.Localization;

namespace Transparency.Web.Components.Pages.Sources;

/// <summary>The words the sources pages put on a source and on what cites it, in the page's language.</summary>
public static class SourceUses
{
    public static string Label(string kind) => kind switch
    {
        "event" => Text.Get("UseEvent"),
        "figure" => Text.Get("UseFigure"),
        "request" => Text.Get("UseRequest"),
        "case" => Text.Get("UseCase"),
        "ruling" => Text.Get("UseRuling"),
        "open question" => Text.Get("UseOpenQuestion"),
        _ => kind,
    };

    // A figure's use reads "title: value as stated" (SourceQueries joins them); the value is sourced text,
    // shown apart so a Spanish page can mark it as the English it is.
    public static string Title(SourceUse use) => use.Title[..(ValueStart(use) ?? use.Title.Length)];

    public static string? Value(SourceUse use) => ValueStart(use) is { } start ? use.Title[start..] : null;

    private static int? ValueStart(SourceUse use) =>
        use.Kind == "figure" && use.Title.LastIndexOf(": ", StringComparison.Ordinal) is >= 0 and var split ? split + 2 : null;
}
