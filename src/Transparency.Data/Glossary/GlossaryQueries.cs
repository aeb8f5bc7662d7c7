using System.Globalization;
using Dapper;
using Transparency.Data.Sources;

namespace Transparency.Data.Glossary;

/// <summary>One word a reader can look up: the term and its other spellings in one language, a plain definition and its sources.</summary>
public sealed record GlossaryEntry
{
    /// <summary>The entry's anchor on /glossary.</summary>
    public required string Id { get; init; }
    public required string Term { get; init; }

    /// <summary>Other spellings a page uses (MOU, medida cautelar); each links to the entry like the term.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public required string Definition { get; init; }

    /// <summary>The definition's sources, best tier first (the row's own order within a tier).</summary>
    public IReadOnlyList<SourceRef> Sources { get; init; } = [];
}

/// <summary>The glossary, in one language, sorted as that language's dictionary sorts.</summary>
public sealed class GlossaryQueries(Database database)
{
    // The whole table, once per build: it is the site's vocabulary (tens of rows, not multiplied by the
    // synthetic sets), and every page needs all of it to link a term's first use.
    private const string EntriesSql = """
        SELECT id, localized(@es, term, term_es) AS term, localized(@es, aliases, aliases_es) AS aliases,
               localized(@es, definition, definition_es) AS definition
        FROM glossary
        """;

    // Each entry's one or two sources, by primary key; the second only where the row names one.
    private const string SourcesSql = """
        SELECT g.id AS subject_id, s.id, s.label, s.publisher, s.tier, s.original_outlet, s.original_url, s.url, s.kind,
               NULL AS pinpoint
        FROM glossary g JOIN sources s ON s.id = g.source_id OR s.id = g.second_source_id
        ORDER BY g.id, s.tier_rank, s.id = g.second_source_id
        """;

    public Task<IReadOnlyList<GlossaryEntry>> GetAllAsync(Language language = Language.En, CancellationToken cancellationToken = default) =>
        database.ReadOncePerBuildAsync("glossary:" + language, () => ReadAsync(language, cancellationToken));

    private async Task<IReadOnlyList<GlossaryEntry>> ReadAsync(Language language, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var es = language == Language.Es;
        var rows = await connection.QueryAsync<(string Id, string Term, string? Aliases, string Definition)>(EntriesSql, new { es });
        var sources = (await connection.QueryAsync<SourceRef>(SourcesSql)).ToLookup(s => s.SubjectId);
        var culture = es ? CultureInfo.GetCultureInfo("es") : CultureInfo.GetCultureInfo("en");
        var comparer = StringComparer.Create(culture, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace);
        return rows
            .Select(r => new GlossaryEntry
            {
                Id = r.Id,
                Term = r.Term,
                Aliases = string.IsNullOrEmpty(r.Aliases) ? [] : r.Aliases.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                Definition = r.Definition,
                Sources = sources[r.Id].ToList(),
            })
            .OrderBy(e => e.Term, comparer)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
    }
}
