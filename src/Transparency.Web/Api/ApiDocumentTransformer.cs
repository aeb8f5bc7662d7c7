using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Transparency.Data.Dataset;

namespace Transparency.Web.Api;

/// <summary>The document-level parts of /openapi/v1.json: what the API is, its rules, licence and tags.</summary>
public sealed class ApiDocumentTransformer(DatasetQueries dataset) : IOpenApiDocumentTransformer
{
    private static readonly (string Name, string Description)[] Tags =
    [
        ("Dataset", "What the dataset is: version, coverage, build, licence and row counts."),
        ("Events", "The timeline: every event, with the same filters as the /timeline page."),
        ("Cases", "Lawsuits and their rulings."),
        ("Requests", "Requests for taxpayer data from one agency to another, and what came of them."),
        ("Figures", "Metrics and every value reported for them, with who said what and what each counts."),
        ("Sources", "The public pages every fact is sourced to, each with its tier (primary document to aggregator)."),
        ("Documents", "The primary documents the facts rest on (opinions, orders, declarations, transcripts, reports), and whether any copy could be found."),
        ("Search", "Full-text search across every kind of item, in English and Spanish, as the /search page does it."),
    ];

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var info = await dataset.GetInfoAsync(cancellationToken: cancellationToken);
        document.Info = new OpenApiInfo
        {
            Title = "Transparency API",
            Version = ApiEndpoints.ApiVersion,
            Description = $"""
                Read-only JSON for **{info.Title}**, dataset version **{info.Version}** (facts as of {info.AsOf}).
                {info.Description}

                Conventions:

                - **Ids** are stable lowercase slugs (never row numbers), the same as in the CSV downloads and the site's URLs.
                - **Names** are snake_case, matching the CSV columns. A value nobody reported is `null`, never `0`; flags are `true`/`false`.
                - **Dates** are ISO 8601 strings at the precision given beside them (`day` = `YYYY-MM-DD`, `month` = `YYYY-MM`, `year` = `YYYY`).
                - **Provenance**: every event, figure value, request, case and ruling lists its `sources` and a `sourcing` label
                  (`confirmed-court-record`, `official-statement`, `reported` or `conflicting`).
                - **Paging** (every list, and a figure's mentions and a source's uses): `page` from 1, `page_size` from 1 to {ApiPaging.MaxPageSize} (default {ApiPaging.DefaultPageSize});
                  `links.next` is `null` on the last page. Links are relative to this site.
                - **Caching**: every 200 has a weak `ETag` (`W/"..."`, named by the dataset build, the API version and the address, the same for every content encoding)
                  and `Cache-Control: {Hosting.HttpCaching.PublicCacheControl}`; send `If-None-Match` to get `304 Not Modified`. Every GET also answers HEAD.
                - **CORS**: open to any origin for GET and HEAD, without credentials. No cookies are ever set and no client addresses or query strings are logged.
                - **Errors** are RFC 9457 problem details (`application/problem+json`): a bad, unknown or repeated query parameter is a 400
                  naming it in `parameter`; an unknown id or address is a 404; anything but GET/HEAD is a 405.
                """,
            License = new OpenApiLicense { Name = info.License, Url = new Uri(info.LicenseUrl) },
        };
        // Relative, so the document is right on any host (and its own ETag does not depend on the Host header).
        document.Servers = [new OpenApiServer { Url = "/", Description = "This site" }];
        document.Tags = new HashSet<OpenApiTag>(Tags.Select(t => new OpenApiTag { Name = t.Name, Description = t.Description }));

        // Public data: no operation needs credentials. Said explicitly with the empty requirement `{}`
        // ("anonymous access"), since the writer drops an empty list.
        document.Security = [new OpenApiSecurityRequirement()];
    }
}
