using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace Transparency.Web.Api;

/// <summary>The timeline's filters, as /api/v1/events takes them; bound, validated and described by the framework.</summary>
public sealed record ApiEventFilters
{
    public const int MaxTextLength = 200;

    [FromQuery(Name = "category"), Display(Name = "category"), ApiValues(ApiVocabulary.EventCategory)]
    [Description("Only events of this category.")]
    public string? Category { get; init; }

    [FromQuery(Name = "case"), Display(Name = "case"), RegularExpression(ApiVocabulary.IdPattern)]
    [Description("Only events of this case: the id of a case that has events (see `/api/v1/cases`); any other id is a 400.")]
    public string? Case { get; init; }

    [FromQuery(Name = "year"), Display(Name = "year"), Range(1000, 9999)]
    [Description("Only events whose date (`occurred_on`) falls in this year: a year that has events; any other year is a 400.")]
    public int? Year { get; init; }

    [FromQuery(Name = "q"), Display(Name = "q"), StringLength(MaxTextLength)]
    [Description("""
        Full-text search of the title, summary, actors and caveat, in English and Spanish, read as `/api/v1/search`
        reads it. An event matches when it contains every word (at most 8), each as itself or, from three letters
        on, as one of the 16 most frequent words it starts (`court` finds "court" and "courts"); case and accents
        are ignored (`peticion` finds "petición"). Punctuation separates words and is not searched for: a text
        with no letter or digit matches nothing. At most 200 characters. Counting stops at 1,000 matches
        (`total_capped` is then true) and only those are paged; the downloads (`/timeline.csv?q=...`) hold every match.
        """)]
    public string? Q { get; init; }

    [FromQuery(Name = "order"), Display(Name = "order"), ApiValues(ApiVocabulary.EventOrder), DefaultValue("newest")]
    [Description("`newest` first (the default) or `oldest` first.")]
    public string? Order { get; init; }
}
