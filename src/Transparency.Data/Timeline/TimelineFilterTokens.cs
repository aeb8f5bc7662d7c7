using System.Text;

namespace Transparency.Data.Timeline;

/// <summary>
/// The timeline's filters as words of an event's <c>facets</c> column in search_text, so that a text search
/// with filters is one FTS5 query (words AND filters), read in the timeline's order and stopped after a page,
/// however common the words and however narrow the filters. Each value is one token: a letter naming the
/// filter and the hex of the value's UTF-8 bytes (SQLite's hex()), so every value is one alphanumeric token
/// that no other value shares. The builder writes them with the SQL expressions below (over events), the
/// timeline queries them with the methods, so the two cannot drift apart.
/// </summary>
internal static class TimelineFilterTokens
{
    /// <summary>The SQL expressions over an events row that DatasetBuilder.SearchSql writes (NULL: no case; hex(NULL) is '').</summary>
    internal const string CategoryExpression = "'k' || hex(category)";
    internal const string CaseExpression = "CASE WHEN case_id IS NOT NULL THEN 'c' || hex(case_id) END";
    internal const string YearExpression = "'y' || hex(substr(occurred_on, 1, 4))";

    internal static string Category(string category) => "k" + Hex(category);
    internal static string Case(string caseId) => "c" + Hex(caseId);
    internal static string Year(string year) => "y" + Hex(year);

    private static string Hex(string value) => Convert.ToHexString(Encoding.UTF8.GetBytes(value));

    /// <summary>
    /// The words' query (SearchQueries.MatchAsync, text columns only) AND each filter in use, as a quoted token
    /// in the facets column.
    /// </summary>
    internal static string Match(string words, string? category, string? caseId, string? year)
    {
        var match = new StringBuilder(words);
        foreach (var token in new[] { category is null ? null : Category(category), caseId is null ? null : Case(caseId), year is null ? null : Year(year) })
        {
            if (token is not null)
            {
                match.Append(" AND facets : \"").Append(token).Append('"');
            }
        }
        return match.ToString();
    }
}
