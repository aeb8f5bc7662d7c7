using Dapper;
using Microsoft.Data.Sqlite;

namespace Transparency.Data.Sources;

/// <summary>
/// Loads the sources cited for a set of subjects of one kind, in one query. Each subject's sources come best
/// tier first, then in citation order: the order FactLabel.Best picks the best by, so the first source shown is
/// the one the label names.
/// </summary>
public static class Citations
{
    /// <summary>The citations column naming the subject kind; a closed list, so it is safe to splice.</summary>
    public enum Subject
    {
        Event,
        FigureValue,
        RequestBatch,
        Case,
        Ruling,
        Unknown,
        Guide,
    }

    public static async Task<ILookup<string, SourceRef>> ForAsync(SqliteConnection connection, Subject subject, IReadOnlyCollection<string> ids)
    {
        if (ids.Count == 0)
        {
            return Array.Empty<SourceRef>().ToLookup(s => s.SubjectId);
        }
        var rows = await connection.QueryAsync<SourceRef>(Sql(subject), new { ids });
        return rows.ToLookup(r => r.SubjectId);
    }

    /// <summary>Every statement this class runs, for the query-plan test.</summary>
    internal static IEnumerable<string> Statements() => Enum.GetValues<Subject>().Select(Sql);

    private static string Sql(Subject subject)
    {
        var column = subject switch
        {
            Subject.Event => "event_id",
            Subject.FigureValue => "figure_value_id",
            Subject.RequestBatch => "request_batch_id",
            Subject.Case => "case_id",
            Subject.Ruling => "ruling_id",
            Subject.Unknown => "unknown_id",
            Subject.Guide => "guide_id",
            _ => throw new ArgumentOutOfRangeException(nameof(subject)),
        };
        return $"""
            SELECT c.{column} AS subject_id, s.id, s.label, s.publisher, s.tier, s.original_outlet, s.original_url, s.url, s.kind, c.pinpoint
            FROM citations c JOIN sources s ON s.id = c.source_id
            WHERE c.{column} IN @ids
            ORDER BY c.{column}, s.tier_rank, c.rowid
            """;
    }
}
