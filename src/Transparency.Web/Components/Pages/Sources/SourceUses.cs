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
}
