namespace Transparency.Data.Search;

/// <summary>
/// What a search result is (<c>search_text.kind</c>, in kebab-case: <see cref="Values.Vocabulary"/>), in the
/// order the search page shows the groups. Adding a kind: one INSERT ... SELECT in DatasetBuilder.SearchSql
/// writing this member's text as its kind, one member here, its link in the web project's SearchLinks and its
/// two labels (SearchKind* in Strings.resx and Strings.es.resx). A data test fails when the index holds a kind
/// this list lacks, or the other way round.
/// </summary>
public enum SearchKind
{
    /// <summary>A paragraph of the plain-language guide: first, as it answers a reader in plain words.</summary>
    Guide,
    /// <summary>A glossary entry.</summary>
    Glossary,
    Event,
    Case,
    Ruling,
    Figure,
    FigureValue,
    Request,
    Document,
    Source,
}
