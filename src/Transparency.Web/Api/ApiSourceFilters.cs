using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace Transparency.Web.Api;

/// <summary>The sources list's filter, as /api/v1/sources takes it (the /sources page's `tier`).</summary>
public sealed record ApiSourceFilters
{
    [FromQuery(Name = "tier"), Display(Name = "tier"), ApiValues(ApiVocabulary.SourceTier)]
    [Description("Only sources of this tier: `primary-document`, `official-record`, `original-reporting`, `republication` or `aggregator`.")]
    public string? Tier { get; init; }
}
