using Dapper;
using Transparency.Data.Sources;
using Transparency.Data.Values;

namespace Transparency.Data.Building;

/// <summary>How many fact rows have each tier as their best cited source (the builder prints it; /methodology shows it).</summary>
public sealed record SourcingCounts(int PrimaryDocument, int OfficialRecord, int OriginalReporting, int Republication, int Aggregator)
{
    public int Facts => PrimaryDocument + OfficialRecord + OriginalReporting + Republication + Aggregator;

    /// <summary>Fact rows that cite at least one source that is not an aggregator.</summary>
    public int NotAggregatorOnly => Facts - Aggregator;

    public override string ToString() =>
        $"sources: of {Facts} facts, {PrimaryDocument} cite a primary document, {OfficialRecord} an official record (best), " +
        $"{OriginalReporting} original reporting (best), {Republication} only a republication, {Aggregator} only an aggregator; " +
        $"{NotAggregatorOnly} of {Facts} ({(Facts == 0 ? 0 : 100.0 * NotAggregatorOnly / Facts):0.#}%) cite a source that is not an aggregator";
}

internal sealed partial class DatasetLoader
{
    private static string FactSourcesSql(string table, string column) => $"""
        SELECT t.rowid AS row_id, t.id, t.basis, s.id AS source_id, s.tier, s.kind, s.publisher, s.original_outlet
        FROM "{table}" t JOIN citations c ON c."{column}" = t.id JOIN sources s ON s.id = c.source_id
        ORDER BY t.rowid, s.tier_rank, c.rowid
        """;

    private static readonly string[] LabelParameters = ["$subject", "$id", "$basis", "$tier", "$source", "$conflict", "$label", "$label_es"];

    // Sources conflict when an open question of kind 'conflict' points at the fact (unknowns.event_id,
    // figure_id, case_id); a request batch when one of its figures does; a ruling when an event recording it does.
    private static readonly Dictionary<string, (string Subject, string Conflict)> LabelledTables = new(StringComparer.Ordinal)
    {
        ["events"] = ("event", "EXISTS (SELECT 1 FROM unknowns u WHERE u.event_id = t.id AND u.kind = 'conflict')"),
        ["figure_values"] = ("figure-value", "0"),
        ["request_batches"] = ("request-batch", "EXISTS (SELECT 1 FROM unknowns u WHERE u.figure_id IN (t.requested_figure_id, t.disclosed_figure_id) AND u.kind = 'conflict')"),
        ["cases"] = ("case", "EXISTS (SELECT 1 FROM unknowns u WHERE u.case_id = t.id AND u.kind = 'conflict')"),
        ["rulings"] = ("ruling", "EXISTS (SELECT 1 FROM events e JOIN unknowns u ON u.event_id = e.id WHERE e.ruling_id = t.id AND u.kind = 'conflict')"),
    };

    private SourcingCounts? _sourcing;

    /// <summary>
    /// Labels every fact by the one rule (<see cref="FactLabel"/>) into fact_labels, counts the best tiers, and
    /// refuses a basis the sources cannot bear: a fact whose every source is an aggregator must say so
    /// (basis aggregator-only), and a fact that says so must not cite anything better.
    /// </summary>
    private void CheckSourcing()
    {
        if (!_tables.TryGetValue("citations", out var citations) || !citations.Complete || !_tables.ContainsKey("sources"))
        {
            return;
        }
        var tiers = new int[5];
        using var insert = _connection.CreateCommand();
        insert.Transaction = _transaction;
        insert.CommandText = """
            INSERT INTO fact_labels (subject, id, basis, best_tier, best_source_id, sources_conflict, label, label_es)
            VALUES ($subject, $id, $basis, $tier, $source, $conflict, $label, $label_es)
            """;
        var parameters = LabelParameters.ToDictionary(n => n, n => insert.Parameters.Add(n, Microsoft.Data.Sqlite.SqliteType.Text), StringComparer.Ordinal);
        var preferred = new Dictionary<string, (Basis Basis, CitedSource Best)>(StringComparer.Ordinal);
        void Insert(string subject, string id, Basis basis, CitedSource best, bool conflict)
        {
            parameters["$subject"].Value = subject;
            parameters["$id"].Value = id;
            parameters["$basis"].Value = Vocabulary.Text(basis);
            parameters["$tier"].Value = Vocabulary.Text(best.Tier);
            parameters["$source"].Value = best.Id;
            parameters["$conflict"].Value = conflict ? 1 : 0;
            parameters["$label"].Value = FactLabel.Describe(basis, best, conflict, Language.En);
            parameters["$label_es"].Value = FactLabel.Describe(basis, best, conflict, Language.Es);
            insert.ExecuteNonQuery();
        }
        foreach (var (table, column) in CitedTables)
        {
            // The guide's paragraphs are cited but are not facts with a basis: their sources carry their own tiers.
            if (!_tables.TryGetValue(table, out var loaded) || !LabelledTables.TryGetValue(table, out var labelled))
            {
                continue;
            }
            var (subject, conflictSql) = labelled;
            var conflicts = _connection.Query<string>($"SELECT t.id FROM \"{table}\" t WHERE {conflictSql}", transaction: _transaction)
                .ToHashSet(StringComparer.Ordinal);
            var rows = _connection.Query<(long RowId, string Id, string Basis, string SourceId, string Tier, string Kind, string Publisher, string? OriginalOutlet)>(
                FactSourcesSql(table, column), transaction: _transaction);
            var basisColumn = loaded.Schema.IndexOf("basis") + 1;
            foreach (var fact in rows.GroupBy(r => (r.RowId, r.Id, r.Basis)))
            {
                var basis = Vocabulary.Parse<Basis>(fact.Key.Basis);
                var sources = fact.Select(r => new CitedSource(r.SourceId, Vocabulary.Parse<SourceTier>(r.Tier), Vocabulary.Parse<SourceKind>(r.Kind), r.Publisher, r.OriginalOutlet)).ToList();
                var best = FactLabel.Best(sources);
                var line = loaded.Lines[fact.Key.RowId];
                if (best.Tier == SourceTier.Aggregator && basis != Basis.AggregatorOnly)
                {
                    Error(loaded.Schema.File, line, basisColumn, "basis",
                        $"'{fact.Key.Id}' cites only aggregators ({string.Join(", ", sources.Select(s => s.Id))}): cite the original or a better source, or set basis = aggregator-only so that its label says so");
                }
                else if (best.Tier != SourceTier.Aggregator && basis == Basis.AggregatorOnly)
                {
                    Error(loaded.Schema.File, line, basisColumn, "basis",
                        $"'{fact.Key.Id}' has basis aggregator-only but cites '{best.Id}', which is {Vocabulary.Text(best.Tier)}: say what the fact rests on (court-record, official-record or reporting)");
                }
                tiers[(int)best.Tier]++;
                Insert(subject, fact.Key.Id, basis, best, conflicts.Contains(fact.Key.Id));
                if (table == "figure_values")
                {
                    preferred[fact.Key.Id] = (basis, best);
                }
            }
        }
        // A figure reads as its preferred value (the first, should a broken file have two), and its sources
        // conflict when an open question says so.
        var figures = _connection.Query<(string Id, string ValueId, bool Conflict)>(
            """
            SELECT f.id, MIN(v.id), EXISTS (SELECT 1 FROM unknowns u WHERE u.figure_id = f.id AND u.kind = 'conflict')
            FROM figures f JOIN figure_values v INDEXED BY figure_values_preferred ON v.figure_id = f.id AND v.is_preferred = 1
            GROUP BY f.id
            """, transaction: _transaction);
        foreach (var (id, valueId, conflict) in figures)
        {
            if (preferred.TryGetValue(valueId, out var value))
            {
                Insert("figure", id, value.Basis, value.Best, conflict);
            }
        }
        _sourcing = new SourcingCounts(tiers[0], tiers[1], tiers[2], tiers[3], tiers[4]);
        foreach (var tier in Enum.GetValues<SourceTier>())
        {
            _connection.Execute("INSERT INTO tier_counts (best_tier, facts) VALUES (@tier, @facts)",
                new { tier = Vocabulary.Text(tier), facts = tiers[(int)tier] }, _transaction);
        }
    }
}
