using Dapper;
using Transparency.Data.Dataset;
using Transparency.Data.Sources;
using Transparency.Data.Timeline;
using Transparency.Data.Values;

namespace Transparency.Data.Events;

/// <summary>A figure an event mentions, with its preferred value.</summary>
public sealed record MentionedFigure
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string PreferredText { get; init; }
    public required string Unit { get; init; }
    /// <summary>The fact's label (FactLabel's rule, in the query's language) and the tier of its best source.</summary>
    public required string Sourcing { get; init; }
    public required SourceTier BestTier { get; init; }
}

/// <summary>One timeline event with what its page shows beside it.</summary>
public sealed record EventDetail
{
    public required TimelineEvent Event { get; init; }

    /// <summary>The ruling this event records, when it is a court ruling.</summary>
    public string? RulingTitle { get; init; }
    public required IReadOnlyList<MentionedFigure> Figures { get; init; }
    public required IReadOnlyList<Unknown> Unknowns { get; init; }
}

public sealed class EventQueries(Database database)
{
    private const string RulingTitleSql = "SELECT localized(@es, title, title_es) AS title FROM rulings WHERE id = @rulingId";

    private const string FiguresSql = $$"""
        SELECT f.id, localized(@es, f.title, f.title_es) AS title, localized(@es, v.value_text, v.value_text_es) AS preferred_text, localized(@es, f.unit, f.unit_es) AS unit,
               {{FactLabelSql.Figure}}
        FROM figure_mentions m
        JOIN figures f ON f.id = m.figure_id
        JOIN figure_values v ON v.figure_id = f.id AND v.is_preferred = 1
        WHERE m.event_id = @id
        ORDER BY f.sort_order, f.id
        """;

    private const string UnknownsSql = """
        SELECT id, kind, localized(@es, title, title_es) AS title, localized(@es, body, body_es) AS body, case_id, figure_id, event_id
        FROM unknowns
        WHERE event_id = @id
        ORDER BY sort_order, id
        """;

    /// <summary>The event with its sources, mentioned figures and open questions; null for an unknown id.</summary>
    public async Task<EventDetail?> GetAsync(string id, Language language = Language.En, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var found = await connection.QuerySingleOrDefaultAsync<TimelineEvent>(TimelineQueries.EventSql, new { id, es = language == Language.Es });
        if (found is null)
        {
            return null;
        }
        var sources = await Citations.ForAsync(connection, Citations.Subject.Event, [id]);
        var unknowns = (await connection.QueryAsync<Unknown>(UnknownsSql, new { id, es = language == Language.Es })).ToList();
        var unknownSources = await Citations.ForAsync(connection, Citations.Subject.Unknown, unknowns.Select(u => u.Id).ToList());
        return new EventDetail
        {
            Event = found with { Sources = sources[id].ToList() },
            RulingTitle = found.RulingId is null
                ? null
                : await connection.QuerySingleOrDefaultAsync<string>(RulingTitleSql, new { rulingId = found.RulingId, es = language == Language.Es }),
            Figures = (await connection.QueryAsync<MentionedFigure>(FiguresSql, new { id, es = language == Language.Es })).ToList(),
            Unknowns = unknowns.Select(u => u with { Sources = unknownSources[u.Id].ToList() }).ToList(),
        };
    }
}
