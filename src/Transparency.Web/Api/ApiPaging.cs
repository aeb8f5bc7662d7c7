using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace Transparency.Web.Api;

/// <summary>
/// page and page_size, bound and validated by the framework ([AsParameters]), which also describes them in
/// /openapi/v1.json from these attributes. On a list they page the list; on one item (a figure, a source) they
/// page the list inside it (its mentions, its uses).
/// </summary>
public sealed record ApiPaging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 100;
    public const int MaxPage = 100_000;

    [FromQuery(Name = "page"), Display(Name = "page"), Range(1, MaxPage), DefaultValue(1)]
    [Description("Which page, from 1 (of a figure's `mentions` or a source's `used_by` on those items). A page past the last one is empty.")]
    public int? Page { get; init; }

    [FromQuery(Name = "page_size"), Display(Name = "page_size"), Range(1, MaxPageSize), DefaultValue(DefaultPageSize)]
    [Description("Items per page, at most 100; 50 when left out.")]
    public int? PageSize { get; init; }

    public int Number => Page ?? 1;

    public int Size => PageSize ?? DefaultPageSize;
}
