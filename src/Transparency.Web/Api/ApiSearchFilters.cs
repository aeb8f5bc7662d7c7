using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Transparency.Data.Search;

namespace Transparency.Web.Api;

/// <summary>/api/v1/search's query, as the /search page takes it; bound, validated and described by the framework.</summary>
public sealed record ApiSearchFilters
{
    [FromQuery(Name = "q"), Display(Name = "q"), StringLength(SearchWords.MaxLength)]
    [Description("""
        The words to look for, at most 200 characters. Every word must appear (in any field, in English or in
        Spanish); case and accents are ignored (`direccion` finds "dirección"), and a word also finds the most
        frequent longer words that start with it (`direccion` finds "direcciones"; words under 3 characters
        only match whole words). Punctuation separates words and is never read as search syntax: quotes, `AND`,
        `OR` and parentheses are ordinary text. The first 8 different words are searched (`words` lists them).
        Without `q` (or with only spaces) nothing is searched and every group is empty; a text with no letter
        or digit is a 400.
        """)]
    public string? Q { get; init; }

    [FromQuery(Name = "kind"), Display(Name = "kind"), ApiValues(ApiVocabulary.SearchKind)]
    [Description("Only this kind of result. Without it, every kind is answered, each as its own group.")]
    public string? Kind { get; init; }

    [FromQuery(Name = "lang"), Display(Name = "lang"), ApiValues(ApiVocabulary.SearchLanguage), DefaultValue("en")]
    [Description("The language of the `title` and `excerpt` returned: `en` (the default) or `es`. Matching always covers both languages; where the item has no Spanish text, or only the other language's text matched, `excerpt_lang` says which language the excerpt is in.")]
    public string? Lang { get; init; }
}
