using System.ComponentModel;

namespace Transparency.Web.Api;

/// <summary>One page of a paged collection.</summary>
public sealed record ApiPage<T>
{
    public required IReadOnlyList<T> Data { get; init; }
    [Description("This page's number, from 1.")]
    public required int Page { get; init; }
    [Description("Items per page, as asked (default 50, at most 100).")]
    public required int PageSize { get; init; }
    [Description("How many items match, on all pages; at most 1,000 when `total_capped`.")]
    public required long Total { get; init; }
    [Description("True when counting stopped at 1,000 (a text search of the events, `q`, matching more): only those are paged. False everywhere else.")]
    public required bool TotalCapped { get; init; }
    [Description("How many pages there are at this page size (0 when nothing matches).")]
    public required long TotalPages { get; init; }
    public required ApiPageLinks Links { get; init; }
}

/// <summary>Links to this page and its neighbours, relative to the site root; null where there is none.</summary>
public sealed record ApiPageLinks
{
    public required string Self { get; init; }
    public required string First { get; init; }
    public required string Last { get; init; }
    [Description("The previous page; null on the first.")]
    public required string? Prev { get; init; }
    [Description("The next page; null on the last.")]
    public required string? Next { get; init; }
}

/// <summary>Where a resource lives in the API and on the human-readable site.</summary>
public sealed record ApiLinks
{
    public required string Self { get; init; }
    [Description("The same thing on the human-readable site.")]
    public required string Html { get; init; }
}
