using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using Transparency.Data.Values;

namespace Transparency.Data.Search;

/// <summary>One item found: where it lives, and its text with the matching words between <see cref="SearchQueries.MarkStart"/> and <see cref="SearchQueries.MarkEnd"/>.</summary>
public sealed record SearchHit
{
    public required SearchKind Kind { get; init; }
    public required string ItemId { get; init; }
    /// <summary>The item it belongs to: a ruling's case, a reported value's figure; null for the others.</summary>
    public string? ParentId { get; init; }
    /// <summary>Its place (from 1) in a paged list the site links into (documents, requests); null for the others.</summary>
    public long? Position { get; init; }
    /// <summary>The title in the language asked for (the English where no translation exists), marked.</summary>
    public required string Title { get; init; }
    /// <summary>A few words around the best match, marked; in <see cref="ExcerptLanguage"/>.</summary>
    public required string Excerpt { get; init; }
    /// <summary>The language asked for, or the other one when only the other language's text matched.</summary>
    public required Language ExcerptLanguage { get; init; }
}

/// <summary>The matches of one kind: a page of them, best first, and how many there are (counted up to <see cref="SearchQueries.Cap"/>).</summary>
public sealed record SearchGroup
{
    public required SearchKind Kind { get; init; }
    /// <summary>How many items of this kind match; <see cref="SearchQueries.Cap"/> when <see cref="TotalCapped"/>.</summary>
    public required long Total { get; init; }
    /// <summary>True when more than <see cref="SearchQueries.Cap"/> match: counting stopped there.</summary>
    public required bool TotalCapped { get; init; }
    /// <summary>True when the hits are ranked by relevance (bm25); false when they are in the site's order for the kind (too many matches to rank).</summary>
    public required bool Ranked { get; init; }
    public required IReadOnlyList<SearchHit> Hits { get; init; }
}

public sealed record SearchResult
{
    public required SearchWords Words { get; init; }
    /// <summary>Every kind in <see cref="SearchKind"/> order (asked for one kind: that kind alone), matched or not.</summary>
    public required IReadOnlyList<SearchGroup> Groups { get; init; }
}

/// <summary>
/// The site search over search_text (see DatasetBuilder.SearchSql). Each kind is read on its own, through its
/// block of rowids, and at most <see cref="Cap"/> + 1 matches of a kind are read to count them (beyond, the total
/// is "more than 1,000"). A word is matched as itself or as the start of the <see cref="Expansions"/> most
/// frequent longer words of the index.
/// <para>
/// Ranking is FTS5's bm25 (titles weighing four times the rest) over every match of the kind, when that costs
/// little: bm25 first counts, for each word searched, every item of the whole index that holds it (its
/// inverse document frequency), once per kind, and then scores each match. So a kind is ranked when it has at
/// most <see cref="RankLimit"/> matches and the words searched are in at most <see cref="RankPostings"/> items
/// altogether; otherwise its matches are listed in the order the site lists that kind (the order of the
/// index: events newest first, sources best tier first), a page at a time, and the group says so. On the real
/// data set every search is ranked; at 1000 times its size, "court" (in a fifth of the events) is not.
/// </para>
/// </summary>
public sealed class SearchQueries
{
    private readonly Database _database;
    private readonly int _rankLimit;
    private readonly long _rankPostings;

    public SearchQueries(Database database)
        : this(database, RankLimit, RankPostings)
    {
    }

    /// <summary>With other thresholds for ranking, so a test can reach the listed order on a small data set.</summary>
    internal SearchQueries(Database database, int rankLimit, long rankPostings)
    {
        _database = database;
        _rankLimit = rankLimit;
        _rankPostings = rankPostings;
    }

    /// <summary>Matches counted per kind: a word in every item costs what one in a thousand does.</summary>
    public const int Cap = 1000;

    /// <summary>A kind with more matches than this is listed in the site's order, not ranked: bm25 scores every match.</summary>
    public const int RankLimit = 300;

    /// <summary>
    /// Words held by more items than this altogether (search_terms.items of every term searched) are listed,
    /// not ranked: bm25 would read all those items once per kind to weigh the words.
    /// </summary>
    public const long RankPostings = 20_000;

    /// <summary>Words a search word may stand for besides itself ("direccion" → "direcciones", "court" → "courts").</summary>
    public const int Expansions = 16;

    /// <summary>Shorter words match only whole words: "de" would otherwise stand for every word starting with it.</summary>
    public const int MinPrefixLength = 3;

    /// <summary>Private-use characters around each matching word (snippet() and highlight()); the page turns them into &lt;mark&gt;.</summary>
    public const char MarkStart = '\uE000';
    public const char MarkEnd = '\uE001';

    private const string KindsSql = "SELECT kind, first_rowid, last_rowid FROM search_kinds";

    // The word itself first, then the most frequent words it starts, through search_terms' primary key.
    private const string TermsSql = """
        SELECT term, items FROM search_terms
        WHERE term >= @word AND term < @upper AND (term = @word OR @prefix)
        ORDER BY term = @word DESC, items DESC, term
        LIMIT @limit
        """;

    // The rowid range keeps the full-text query inside one kind; LIMIT stops it after Cap + 1 matches
    // (the timeline's text filter counts its matches with it too; -1 counts them all).
    internal const string CountSql = """
        SELECT COUNT(*) FROM (
            SELECT 1 FROM search_text WHERE search_text MATCH @match AND rowid BETWEEN @first AND @last LIMIT @cap)
        """;

    // The text of a page of matches, marked: highlight() for the title, snippet() for the rest, in the language
    // asked for and in the other (shown when only the other matched). The page's rowids come first (ranked or
    // in order); each is then read again by rowid with the same MATCH, which the auxiliary functions need.
    private const string MarkedColumns = """
        SELECT search_text.kind, search_text.item_id, search_text.parent_id, search_text.position,
               CASE WHEN @es AND search_text.title_es IS NOT NULL THEN highlight(search_text, 6, @open, @close) ELSE highlight(search_text, 4, @open, @close) END AS title,
               CASE WHEN @es AND search_text.body_es IS NOT NULL THEN snippet(search_text, 7, @open, @close, '…', 24) ELSE snippet(search_text, 5, @open, @close, '…', 24) END AS excerpt,
               CASE WHEN NOT @es THEN highlight(search_text, 6, @open, @close) WHEN search_text.title_es IS NOT NULL THEN highlight(search_text, 4, @open, @close) END AS other_title,
               CASE WHEN NOT @es THEN snippet(search_text, 7, @open, @close, '…', 24) WHEN search_text.body_es IS NOT NULL THEN snippet(search_text, 5, @open, @close, '…', 24) END AS other_excerpt
        FROM shown CROSS JOIN search_text ON search_text.rowid = shown.r
        WHERE search_text MATCH @match
        """;

    // Ranked: every match of the kind (at most RankLimit) scored by bm25, title and title_es weighing 4, the rest 1.
    private const string RankedHitsSql = $"""
        WITH matches AS MATERIALIZED (
            SELECT rowid AS r, bm25(search_text, 0.0, 0.0, 0.0, 0.0, 4.0, 1.0, 4.0, 1.0, 0.0) AS score
            FROM search_text WHERE search_text MATCH @match AND rowid BETWEEN @first AND @last LIMIT @rankLimit),
        shown AS MATERIALIZED (SELECT r, score FROM matches ORDER BY score, r LIMIT @limit OFFSET @offset)
        {MarkedColumns}
        ORDER BY shown.score, shown.r
        """;

    // Listed: a page of the kind's matches in the index's order (the site's order for the kind), read in rowid order.
    private const string ListedHitsSql = $"""
        WITH shown AS MATERIALIZED (
            SELECT rowid AS r FROM search_text WHERE search_text MATCH @match AND rowid BETWEEN @first AND @last
            ORDER BY rowid LIMIT @limit OFFSET @offset)
        {MarkedColumns}
        ORDER BY shown.r
        """;

    /// <summary>One kind's rows in search_text: rowids <see cref="FirstRowid"/> to <see cref="LastRowid"/>.</summary>
    internal sealed record KindBlock
    {
        public required string Kind { get; init; }
        public required long FirstRowid { get; init; }
        public required long LastRowid { get; init; }
    }

    private sealed record HitRow
    {
        public required string Kind { get; init; }
        public required string ItemId { get; init; }
        public string? ParentId { get; init; }
        public long? Position { get; init; }
        public string? Title { get; init; }
        public string? Excerpt { get; init; }
        public string? OtherTitle { get; init; }
        public string? OtherExcerpt { get; init; }
    }

    /// <summary>
    /// Searches every kind (<paramref name="kind"/> null: the first <paramref name="pageSize"/> of each) or one
    /// kind, a page at a time. Nothing is read when the words are empty or one of them is in no item.
    /// </summary>
    public async Task<SearchResult> SearchAsync(SearchWords words, Language language = Language.En, SearchKind? kind = null, int page = 1, int pageSize = 5, CancellationToken cancellationToken = default)
    {
        var kinds = kind is { } k ? [k] : Enum.GetValues<SearchKind>();
        var empty = new SearchResult { Words = words, Groups = kinds.Select(x => new SearchGroup { Kind = x, Total = 0, TotalCapped = false, Ranked = true, Hits = [] }).ToList() };
        if (words.Words.Count == 0)
        {
            return empty;
        }
        var blocks = await BlocksAsync(_database, cancellationToken);
        await using var connection = await _database.OpenAsync(cancellationToken);
        var (match, postings) = await MatchAsync(connection, words);
        if (match is null)
        {
            return empty;
        }
        var offset = (long)(Math.Max(1, page) - 1) * pageSize;
        var groups = new List<SearchGroup>(kinds.Length);
        foreach (var x in kinds)
        {
            if (!blocks.TryGetValue(Vocabulary.Text(x), out var block))
            {
                groups.Add(new SearchGroup { Kind = x, Total = 0, TotalCapped = false, Ranked = true, Hits = [] });
                continue;
            }
            var counted = await connection.ExecuteScalarAsync<long>(CountSql, new { match, first = block.FirstRowid, last = block.LastRowid, cap = Cap + 1 });
            var ranked = counted == 0 || (counted <= _rankLimit && postings <= _rankPostings);
            var hits = counted == 0 || offset >= Math.Min(counted, Cap) ? [] : (await connection.QueryAsync<HitRow>(ranked ? RankedHitsSql : ListedHitsSql, new
            {
                match,
                first = block.FirstRowid,
                last = block.LastRowid,
                limit = (long)Math.Min(pageSize, Cap - offset),
                rankLimit = _rankLimit,
                offset,
                es = language == Language.Es,
                open = MarkStart.ToString(),
                close = MarkEnd.ToString(),
            })).Select(r => Hit(r, language)).ToList();
            groups.Add(new SearchGroup { Kind = x, Total = Math.Min(counted, Cap), TotalCapped = counted > Cap, Ranked = ranked, Hits = hits });
        }
        return new SearchResult { Words = words, Groups = groups };
    }

    /// <summary>
    /// The FTS5 query: every word required, each as itself or one of the words it starts (an OR of quoted
    /// terms, which FTS5 reads lazily, unlike a prefix query that collects every match first), in the text
    /// columns only (not an event's <c>facets</c>, which only the timeline's filters match); null when a
    /// word is in no item, so nothing can match. Also the timeline's text filter (TimelineQueries).
    /// </summary>
    internal static async Task<(string? Match, long Postings)> MatchAsync(SqliteConnection connection, SearchWords words)
    {
        var match = new StringBuilder();
        long postings = 0;
        foreach (var word in words.Words)
        {
            var terms = (await connection.QueryAsync<(string Term, long Items)>(TermsSql, new
            {
                word,
                upper = word + char.ConvertFromUtf32(0x10FFFF),
                prefix = word.Length >= MinPrefixLength,
                limit = Expansions + 1,
            })).ToList();
            if (terms.Count == 0)
            {
                return (null, 0);
            }
            postings += terms.Sum(t => t.Items);
            match.Append(match.Length == 0 ? "(" : " AND (")
                .AppendJoin(" OR ", terms.Select(t => "\"" + t.Term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""))
                .Append(')');
        }
        return ("{title body title_es body_es} : (" + match + ")", postings);
    }

    private static SearchHit Hit(HitRow row, Language language)
    {
        var title = Flat(row.Title);
        var excerpt = Flat(row.Excerpt);
        var otherLanguage = language == Language.Es ? Language.En : Language.Es;
        // The language asked for first; the other's words only when nothing in the first matched.
        var useOther = !IsMarked(title) && !IsMarked(excerpt) && (IsMarked(row.OtherExcerpt) || IsMarked(row.OtherTitle));
        return new SearchHit
        {
            Kind = Vocabulary.Parse<SearchKind>(row.Kind),
            ItemId = row.ItemId,
            ParentId = row.ParentId,
            Position = row.Position,
            Title = title,
            Excerpt = useOther ? Flat(IsMarked(row.OtherExcerpt) ? row.OtherExcerpt : row.OtherTitle) : excerpt,
            ExcerptLanguage = useOther ? otherLanguage : language,
        };
    }

    /// <summary>The index joins an item's fields with line breaks (DatasetBuilder.SearchSql); on one line they read separated by " · ".</summary>
    private static string Flat(string? text) => (text ?? "").Replace("\n", " · ", StringComparison.Ordinal);

    private static bool IsMarked(string? text) => text is not null && text.Contains(MarkStart, StringComparison.Ordinal);

    /// <summary>Each kind's rowid block, read once per served build.</summary>
    internal static Task<Dictionary<string, KindBlock>> BlocksAsync(Database database, CancellationToken cancellationToken) =>
        database.ReadOncePerBuildAsync("search-kinds", async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            return (await connection.QueryAsync<KindBlock>(KindsSql)).ToDictionary(b => b.Kind, StringComparer.Ordinal);
        });
}
