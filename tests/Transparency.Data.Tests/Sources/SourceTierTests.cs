using Dapper;
using Transparency.Data.Sources;
using Transparency.Data.Values;

namespace Transparency.Data.Tests.Sources;

public sealed class SourceTierTests(BuiltDatabase db) : IClassFixture<BuiltDatabase>
{
    private readonly SourceQueries _queries = new(db.Database);

    [Theory]
    [InlineData(Citations.Subject.Case, "case")]
    [InlineData(Citations.Subject.Event, "event")]
    [InlineData(Citations.Subject.Ruling, "ruling")]
    [InlineData(Citations.Subject.RequestBatch, "request-batch")]
    [InlineData(Citations.Subject.FigureValue, "figure-value")]
    public async Task A_facts_sources_come_best_tier_first_and_the_first_is_the_one_its_label_names(Citations.Subject subject, string labelSubject)
    {
        await using var connection = await db.Database.OpenAsync(TestContext.Current.CancellationToken);
        var best = (await connection.QueryAsync<(string Id, string BestSourceId)>(
            "SELECT id, best_source_id FROM fact_labels WHERE subject = @labelSubject", new { labelSubject })).ToDictionary(r => r.Id, r => r.BestSourceId, StringComparer.Ordinal);

        var sources = await Citations.ForAsync(connection, subject, best.Keys.ToList());

        Assert.NotEmpty(best);
        foreach (var fact in sources)
        {
            var tiers = fact.Select(s => (int)s.Tier).ToList();
            Assert.True(tiers.SequenceEqual(tiers.Order()), $"{fact.Key}: {string.Join(", ", fact.Select(s => s.Tier))}");
            Assert.Equal(best[fact.Key], fact.First().Id);
        }
    }

    [Fact]
    public async Task Within_a_tier_a_facts_sources_keep_their_citation_order()
    {
        await using var connection = await db.Database.OpenAsync(TestContext.Current.CancellationToken);
        // ctr-v-irs cites sources of several tiers, several of them original reporting.
        var cited = (await connection.QueryAsync<(string SourceId, string Tier)>(
            "SELECT c.source_id, s.tier FROM citations c JOIN sources s ON s.id = c.source_id WHERE c.case_id = 'ctr-v-irs' ORDER BY c.rowid")).ToList();

        var shown = (await Citations.ForAsync(connection, Citations.Subject.Case, ["ctr-v-irs"]))["ctr-v-irs"].ToList();

        Assert.True(cited.Select(c => c.Tier).Distinct().Count() > 1);
        Assert.Equal(
            cited.OrderBy(c => (int)Vocabulary.Parse<SourceTier>(c.Tier)).Select(c => c.SourceId), // a stable sort keeps citation order
            shown.Select(s => s.Id));
    }

    [Fact]
    public async Task The_source_list_is_best_tier_first_then_by_publisher()
    {
        var all = (await _queries.GetPageAsync(1, 1000, cancellationToken: TestContext.Current.CancellationToken)).Sources;

        var expected = all.OrderBy(s => (int)s.Tier).ThenBy(s => s.Publisher, StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.Label, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Id, StringComparer.Ordinal);
        Assert.Equal(expected.Select(s => s.Id), all.Select(s => s.Id));
        Assert.Equal(SourceTier.PrimaryDocument, all[0].Tier);
        Assert.Equal(SourceTier.Aggregator, all[^1].Tier);
    }

    [Fact]
    public async Task Each_tier_has_its_own_paged_list_and_count()
    {
        var all = (await _queries.GetPageAsync(1, 1000, cancellationToken: TestContext.Current.CancellationToken)).Sources;
        var counts = await _queries.GetTierCountsAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Enum.GetValues<SourceTier>(), counts.Select(c => c.Tier));
        Assert.Equal(all.Count, counts.Sum(c => c.Sources));
        foreach (var (tier, count) in counts)
        {
            var ids = new List<string>();
            for (var page = 1; ; page++)
            {
                var result = await _queries.GetPageAsync(page, 3, tier: tier, cancellationToken: TestContext.Current.CancellationToken);
                Assert.Equal(count, result.Total);
                if (result.Sources.Count == 0)
                {
                    break;
                }
                Assert.All(result.Sources, s => Assert.Equal(tier, s.Tier));
                ids.AddRange(result.Sources.Select(s => s.Id));
            }
            Assert.Equal(all.Where(s => s.Tier == tier).Select(s => s.Id), ids);
        }
    }

    [Fact]
    public async Task A_republication_names_its_original_outlet()
    {
        var copies = (await _queries.GetPageAsync(1, 1000, tier: SourceTier.Republication, cancellationToken: TestContext.Current.CancellationToken)).Sources;

        Assert.NotEmpty(copies);
        Assert.All(copies, s => Assert.False(string.IsNullOrEmpty(s.OriginalOutlet), s.Id));
        var one = await _queries.GetAsync("cnn-via-kvia", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(SourceTier.Republication, one?.Tier);
        Assert.Equal("CNN", one?.OriginalOutlet);
    }
}
