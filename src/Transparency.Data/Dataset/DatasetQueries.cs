using Dapper;
using Transparency.Data.Sources;
using Transparency.Data.Values;

namespace Transparency.Data.Dataset;

/// <summary>The dataset's identity and the build that produced the file being served.</summary>
public sealed record DatasetInfo
{
    public required string Version { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string CoverageEnd { get; init; }
    /// <summary>When the facts were last checked against the sources (<c>YYYY-MM-DD</c>); can be later than <see cref="CoverageEnd"/>.</summary>
    public required string AsOf { get; init; }

    /// <summary>What that check found, in the query's language.</summary>
    public required string CheckedNote { get; init; }
    public required string License { get; init; }
    public required string LicenseUrl { get; init; }
    public required string Publisher { get; init; }
    public required string BuiltAt { get; init; }
    public required string InputsSha256 { get; init; }
    public required long Events { get; init; }
    public required long Sources { get; init; }
    public required long Rulings { get; init; }
    public required long Cases { get; init; }
    public required long Unknowns { get; init; }
}

/// <summary>Something the sources do not establish (fact-base section 4).</summary>
public sealed record Unknown
{
    public required string Id { get; init; }
    public required UnknownKind Kind { get; init; }
    public required string Title { get; init; }
    public required string Body { get; init; }
    public string? CaseId { get; init; }
    public string? FigureId { get; init; }
    public string? EventId { get; init; }
    public IReadOnlyList<SourceRef> Sources { get; init; } = [];
}

/// <summary>How many rows one table holds, as loaded from its CSV file.</summary>
public sealed record TableRowCount
{
    public required string TableName { get; init; }
    public required long Rows { get; init; }
}

/// <summary>How many fact rows have this tier as their best cited source.</summary>
public sealed record TierCount(SourceTier Tier, long Facts);

public sealed class DatasetQueries(Database database)
{
    // Counted by the builder (figures are counted through their values).
    private const string TierCountsSql = "SELECT best_tier AS tier, facts FROM tier_counts";

    /// <summary>Fact rows by the tier of their best source, best first, every tier listed (0 where none).</summary>
    public async Task<IReadOnlyList<TierCount>> GetTierCountsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var counts = (await connection.QueryAsync<TierCount>(TierCountsSql)).ToDictionary(c => c.Tier, c => c.Facts);
        return Enum.GetValues<SourceTier>().Select(t => new TierCount(t, counts.GetValueOrDefault(t))).ToList();
    }

    private const string InfoSql = """
        SELECT d.version, localized(@es, d.title, d.title_es) AS title, localized(@es, d.description, d.description_es) AS description, d.coverage_end, d.as_of, localized(@es, d.checked_note, d.checked_note_es) AS checked_note, d.license, d.license_url, d.publisher,
               b.built_at, b.inputs_sha256,
               (SELECT rows FROM build_inputs WHERE file_name = 'events.csv') AS events,
               (SELECT rows FROM build_inputs WHERE file_name = 'sources.csv') AS sources,
               (SELECT rows FROM build_inputs WHERE file_name = 'rulings.csv') AS rulings,
               (SELECT rows FROM build_inputs WHERE file_name = 'cases.csv') AS cases,
               (SELECT rows FROM build_inputs WHERE file_name = 'unknowns.csv') AS unknowns
        FROM dataset d CROSS JOIN build_info b
        """;

    // Row counts were recorded by the builder (build_inputs), so the overview and footer never count rows.
    private const string UnknownCountSql = "SELECT rows FROM build_inputs WHERE file_name = 'unknowns.csv'";

    private const string UnknownColumns = """
        SELECT id, kind, localized(@es, title, title_es) AS title, localized(@es, body, body_es) AS body, case_id, figure_id, event_id
        FROM unknowns
        """;

    // One statement per filter, so each is served by its own index (an "@x IS NULL OR" clause scans the table).
    private const string UnknownsByCaseSql = $"{UnknownColumns} WHERE case_id = @caseId ORDER BY sort_order, id LIMIT @limit";

    private const string UnknownsByFigureSql = $"{UnknownColumns} WHERE figure_id = @figureId ORDER BY sort_order, id LIMIT @limit";

    private const string UnknownsSql = $"""
        {UnknownColumns}
        ORDER BY sort_order, id
        LIMIT @limit
        """;

    // The builder records each CSV's row count; the table is the file name without ".csv".
    private const string RowCountsSql = """
        SELECT substr(file_name, 1, length(file_name) - 4) AS table_name, rows
        FROM build_inputs
        WHERE file_name LIKE '%.csv'
        ORDER BY file_name
        """;

    /// <summary>
    /// The dataset's identity and build, read once per served build and language (every page shows it, and it
    /// cannot change until the file is replaced, which drops the cache: <see cref="Database.DatasetReplaced"/>).
    /// </summary>
    public Task<DatasetInfo> GetInfoAsync(Language language = Language.En, CancellationToken cancellationToken = default) =>
        database.ReadOncePerBuildAsync(language == Language.Es ? "dataset-info-es" : "dataset-info-en", () => ReadInfoAsync(language, cancellationToken));

    /// <summary>The same, read from the file every time: for health checks, which must notice a broken file.</summary>
    public async Task<DatasetInfo> ReadInfoAsync(Language language = Language.En, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync<DatasetInfo>(InfoSql, new { es = language == Language.Es });
    }

    /// <summary>
    /// Open questions, of one case, of one figure (not both) or all, at most <paramref name="limit"/>
    /// (a synthetic data set has hundreds of thousands).
    /// </summary>
    public async Task<IReadOnlyList<Unknown>> GetUnknownsAsync(string? caseId = null, string? figureId = null, Language language = Language.En, int limit = 500, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var sql = caseId is not null ? UnknownsByCaseSql : figureId is not null ? UnknownsByFigureSql : UnknownsSql;
        var rows = (await connection.QueryAsync<Unknown>(sql, new { caseId, figureId, limit, es = language == Language.Es })).ToList();
        var sources = await Citations.ForAsync(connection, Citations.Subject.Unknown, rows.Select(r => r.Id).ToList());
        return rows.Select(r => r with { Sources = sources[r.Id].ToList() }).ToList();
    }

    /// <summary>How many open questions the dataset records.</summary>
    public async Task<long> GetUnknownCountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(UnknownCountSql);
    }

    /// <summary>Every table's row count, in table-name order.</summary>
    public async Task<IReadOnlyList<TableRowCount>> GetRowCountsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<TableRowCount>(RowCountsSql)).ToList();
    }
}
