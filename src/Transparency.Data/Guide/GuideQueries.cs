using Dapper;
using Transparency.Data.Cases;
using Transparency.Data.Sources;
using Transparency.Data.Values;

namespace Transparency.Data.Guide;

/// <summary>
/// The plain-language guide (/guide): its sourced paragraphs, section by section, and the IRS-ICE cases whose
/// status badges the page shows beside their plain sentences. Bounded whatever the size of the data.
/// </summary>
public sealed class GuideQueries(Database database)
{
    /// <summary>At most this many paragraphs per section, and cases, are read (a synthetic data set has thousands).</summary>
    public const int Limit = 40;

    // One section at a time through guide_by_section, in the section's order.
    private const string SectionSql = """
        SELECT g.id, g.section, g.sort_order, localized(@es, g.heading, g.heading_es) AS heading,
               localized(@es, g.body, g.body_es) AS body, g.quote, g.quote_lang, g.quote_translation,
               g.case_id, g.case_status, CASE WHEN @es THEN COALESCE(g.spanish_url, g.url) ELSE g.url END AS url,
               localized(@es, g.languages, g.languages_es) AS languages, g.reviewed_on
        FROM guide g
        WHERE g.section = @section
        ORDER BY g.sort_order, g.id
        LIMIT @limit
        """;

    // The IRS-ICE cases in the cases list's order (list_positions: by sort_order, then id); context cases are not
    // about IRS data and stay on /cases.
    private static readonly string CasesSql = $"""
        SELECT c.id, c.short_name, localized(@es, c.status_summary, c.status_summary_es) AS status_summary, {CourtStandings.Columns}
        FROM list_positions p CROSS JOIN cases c ON c.rowid = p.item_rowid {CourtStandings.Join}
        WHERE p.list = 'cases' AND p.key = '' AND p.position BETWEEN 1 AND @limit AND c.is_context = 0
        ORDER BY p.position
        """;

    public async Task<GuideContent> GetAsync(Language language = Language.En, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var es = language == Language.Es;
        var paragraphs = new List<GuideParagraph>();
        foreach (var section in Enum.GetValues<GuideSection>())
        {
            paragraphs.AddRange(await connection.QueryAsync<GuideParagraph>(SectionSql, new { es, section = Vocabulary.Text(section), limit = Limit }));
        }
        var sources = await Citations.ForAsync(connection, Citations.Subject.Guide, paragraphs.Select(p => p.Id).ToList());
        var cases = (await connection.QueryAsync<GuideCase>(CasesSql, new { es, limit = Limit })).ToList();
        return new GuideContent([.. paragraphs.Select(p => p with { Sources = [.. sources[p.Id]] })], cases);
    }
}
