using System.ComponentModel;
using Transparency.Data;
using Transparency.Data.Search;
using Transparency.Data.Values;
using Transparency.Web.Components.Pages.Search;
using Transparency.Web.Localization;

namespace Transparency.Web.Api;

/// <summary>The answer to a search: the words searched and one group of results per kind.</summary>
public sealed record ApiSearchResults
{
    [Description("The text searched: `q` trimmed, cut at 200 characters.")]
    public required string Q { get; init; }
    [Description("The words matched, as the index folds them (lowercase, accents removed), at most 8.")]
    public required IReadOnlyList<string> Words { get; init; }
    [Description("True when `q` was longer than 200 characters and was cut.")]
    public required bool Shortened { get; init; }
    [Description("True when `q` held more than 8 different words and the rest were left out.")]
    public required bool WordsDropped { get; init; }
    [ApiValues(ApiVocabulary.SearchLanguage)]
    [Description("The language of the titles and excerpts.")]
    public required string Lang { get; init; }
    [Description("One group per kind, in the order the /search page shows them (only `kind` when asked for one), with no match included (total 0).")]
    public required IReadOnlyList<ApiSearchGroup> Groups { get; init; }
    public required ApiLinks Links { get; init; }
}

/// <summary>The matches of one kind, a page at a time, best first.</summary>
public sealed record ApiSearchGroup
{
    [ApiValues(ApiVocabulary.SearchKind)]
    public required string Kind { get; init; }
    [Description("How many items of this kind match; counting stops at 1,000 (then `total_capped` is true and `total` is 1000).")]
    public required long Total { get; init; }
    [Description("True when more than 1,000 items of this kind match. Only the first 1,000 in the order the site lists them (events newest first, sources best tier first) are paged: add a word to narrow the search.")]
    public required bool TotalCapped { get; init; }
    [Description("True when the results are ranked best match first (bm25, titles weighing four times the rest); false when too many match to rank them (more than 300 of this kind, or words held by more than 20,000 items altogether) and they are in the order the site lists the kind (events newest first).")]
    public required bool Ranked { get; init; }
    [Description("This page's number, from 1.")]
    public required int Page { get; init; }
    [Description("Results per page, as asked (default 50, at most 100).")]
    public required int PageSize { get; init; }
    [Description("How many pages of results there are (0 when nothing matches).")]
    public required long TotalPages { get; init; }
    [Description("This page's results: best match first when `ranked`, else in the site's order.")]
    public required IReadOnlyList<ApiSearchHit> Data { get; init; }
    public required ApiPageLinks Links { get; init; }
}

/// <summary>One item that matched, with the matching words shown.</summary>
public sealed record ApiSearchHit
{
    [ApiValues(ApiVocabulary.SearchKind)]
    public required string Kind { get; init; }
    [Description("The item's stable id in its collection.")]
    public required string Id { get; init; }
    [Description("The case of a ruling, the figure of a reported value; null for other kinds.")]
    public required string? ParentId { get; init; }
    [Description("The item's title in `lang` (the English where no translation exists), as plain text.")]
    public required string Title { get; init; }
    [Description("`title` cut into runs: a run with `match` true is a word that matched.")]
    public required IReadOnlyList<ApiTextRun> TitleRuns { get; init; }
    [Description("A few words of the item around the best match, as plain text (… where text was left out).")]
    public required string Excerpt { get; init; }
    [Description("`excerpt` cut into runs: a run with `match` true is a word that matched.")]
    public required IReadOnlyList<ApiTextRun> ExcerptRuns { get; init; }
    [ApiValues(ApiVocabulary.SearchLanguage)]
    [Description("The language of `excerpt`: `lang`, or the other language when only the other language's text matched.")]
    public required string ExcerptLang { get; init; }
    public required ApiSearchHitLinks Links { get; init; }

    public static ApiSearchHit From(SearchHit hit, Language language)
    {
        var titleRuns = Runs(hit.Title);
        var excerptRuns = Runs(hit.Excerpt);
        return new ApiSearchHit
        {
            Kind = Vocabulary.Text(hit.Kind),
            Id = hit.ItemId,
            ParentId = hit.ParentId,
            Title = string.Concat(titleRuns.Select(r => r.Text)),
            TitleRuns = titleRuns,
            Excerpt = string.Concat(excerptRuns.Select(r => r.Text)),
            ExcerptRuns = excerptRuns,
            ExcerptLang = Languages.Code(hit.ExcerptLanguage),
            Links = new ApiSearchHitLinks
            {
                Api = hit.Kind switch
                {
                    SearchKind.Guide or SearchKind.Glossary => null,
                    SearchKind.Event => ApiRoutes.Event(hit.ItemId),
                    SearchKind.Case => ApiRoutes.Case(hit.ItemId),
                    SearchKind.Ruling => ApiRoutes.Case(hit.ParentId ?? ""),
                    SearchKind.Figure => ApiRoutes.Figure(hit.ItemId),
                    SearchKind.FigureValue => ApiRoutes.Figure(hit.ParentId ?? ""),
                    SearchKind.Request => ApiRoutes.Request(hit.ItemId),
                    SearchKind.Source => ApiRoutes.Source(hit.ItemId),
                    SearchKind.Document => ApiRoutes.Documents,
                    _ => throw new ArgumentOutOfRangeException(nameof(hit), hit.Kind, "A search kind without an API link: add it here."),
                },
                Html = Languages.Href(language, SearchLinks.Path(hit)),
            },
        };
    }

    private static List<ApiTextRun> Runs(string marked) =>
        Components.Shared.MarkedText.Runs(marked).Select(r => new ApiTextRun { Text = r.Text, Match = r.Marked }).ToList();
}

/// <summary>A run of text, and whether it is a word the search matched.</summary>
public sealed record ApiTextRun
{
    public required string Text { get; init; }
    public required bool Match { get; init; }
}

/// <summary>Where a result is: in the API and on the human-readable site.</summary>
public sealed record ApiSearchHitLinks
{
    [Description("The API resource that holds the item: the item itself, or the case of a ruling, the figure of a reported value, the documents list for a document. Null for a guide paragraph or a glossary entry, which the API does not serve (their pages do).")]
    public required string? Api { get; init; }
    [Description("The item on the human-readable site, in `lang`.")]
    public required string Html { get; init; }
}
