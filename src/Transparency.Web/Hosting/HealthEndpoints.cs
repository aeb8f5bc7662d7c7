using Microsoft.Data.Sqlite;
using Transparency.Data;
using Transparency.Data.Dataset;

namespace Transparency.Web.Hosting;

/// <summary>/healthz: whether the database opens, and which dataset version is served.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", async (DatasetQueries dataset, Database database, DatasetWatcher watcher, CancellationToken cancellationToken) =>
        {
            try
            {
                var info = await dataset.ReadInfoAsync(cancellationToken: cancellationToken);
                return Results.Json(new
                {
                    status = watcher.LastProblem is null ? "ok" : "degraded",
                    database = "ok",
                    dataset_version = info.Version,
                    built_at = info.BuiltAt,
                    inputs_sha256 = info.InputsSha256,
                    problem = watcher.LastProblem,
                });
            }
            catch (SqliteException ex)
            {
                database.ClearPool();
                return Results.Json(new
                {
                    status = "unavailable",
                    database = DatasetUnavailable.Describe(ex),
                    problem = watcher.LastProblem,
                }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return app;
    }
}
