using Transparency.Data.Search;
using Transparency.Web.Components.Pages.Documents;
using Transparency.Web.Components.Pages.Requests;

namespace Transparency.Web.Components.Pages.Search;

/// <summary>Where each kind of search result lives on the site (a neutral path: the page adds /es).</summary>
public static class SearchLinks
{
    public static string Path(SearchHit hit) => hit.Kind switch
    {
        SearchKind.Guide => $"/guide#{hit.ItemId}",
        SearchKind.Glossary => $"/glossary#{hit.ItemId}",
        SearchKind.Event => $"/events/{hit.ItemId}",
        SearchKind.Case => $"/cases/{hit.ItemId}",
        SearchKind.Ruling => $"/cases/{hit.ParentId}#{hit.ItemId}",
        SearchKind.Figure => $"/figures/{hit.ItemId}",
        SearchKind.FigureValue => $"/figures/{hit.ParentId}#{hit.ItemId}",
        SearchKind.Request => RequestsPage.Href(hit.ItemId, hit.Position ?? 1),
        SearchKind.Document => DocumentsPage.Href(hit.ItemId, hit.Position ?? 1),
        SearchKind.Source => $"/sources/{hit.ItemId}",
        _ => throw new ArgumentOutOfRangeException(nameof(hit), hit.Kind, "A search kind without a link: add it here."),
    };

    /// <summary>The resx key of a kind's group heading ("Events", "Court rulings").</summary>
    public static string LabelKey(SearchKind kind) => "SearchKind" + kind;
}
