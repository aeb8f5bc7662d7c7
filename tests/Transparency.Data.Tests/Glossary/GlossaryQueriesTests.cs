using Transparency.Data.Glossary;
using Transparency.Data.Values;

namespace Transparency.Data.Tests.Glossary;

public sealed class GlossaryQueriesTests(BuiltDatabase db) : IClassFixture<BuiltDatabase>
{
    private readonly GlossaryQueries _queries = new(db.Database);

    [Fact]
    public async Task Entries_come_sorted_as_each_language_sorts_its_terms()
    {
        var english = await _queries.GetAllAsync(Language.En, TestContext.Current.CancellationToken);
        var spanish = await _queries.GetAllAsync(Language.Es, TestContext.Current.CancellationToken);

        Assert.Equal(9, english.Count);
        Assert.Equal(english.Select(e => e.Term).Order(StringComparer.Create(new System.Globalization.CultureInfo("en"), System.Globalization.CompareOptions.IgnoreCase)), english.Select(e => e.Term));
        Assert.Equal("Administrative Procedure Act", english[0].Term);
        // In Spanish the same entries read in Spanish and sort by their Spanish terms.
        Assert.Equal(english.Select(e => e.Id).Order(), spanish.Select(e => e.Id).Order());
        Assert.Equal("Fallo indicativo", spanish[0].Term);
        Assert.Equal("Sección 6103", spanish.Single(e => e.Id == "section-6103").Term);
    }

    [Fact]
    public async Task Aliases_are_split_per_language_and_abbreviations_kept_as_written()
    {
        var english = await _queries.GetAllAsync(Language.En, TestContext.Current.CancellationToken);
        var spanish = await _queries.GetAllAsync(Language.Es, TestContext.Current.CancellationToken);

        Assert.Equal(["MOU", "memorandum of understanding"], english.Single(e => e.Id == "memorandum-of-understanding").Aliases);
        Assert.Equal(["medida cautelar", "medidas cautelares", "medidas cautelares preliminares"], spanish.Single(e => e.Id == "preliminary-injunction").Aliases);
        Assert.Empty(english.Single(e => e.Id == "tin-matching").Aliases);
        Assert.Equal(["cotejo de TIN"], spanish.Single(e => e.Id == "tin-matching").Aliases);
    }

    [Fact]
    public async Task Each_definition_carries_its_sources_best_tier_first()
    {
        var english = await _queries.GetAllAsync(Language.En, TestContext.Current.CancellationToken);

        var stay = english.Single(e => e.Id == "stay");
        Assert.Equal(2, stay.Sources.Count);
        Assert.All(stay.Sources, s => Assert.Equal("stay", s.SubjectId));
        Assert.True(stay.Sources[0].Tier <= stay.Sources[1].Tier);
        Assert.Equal(["parker-tax-stay", "yale-jreg-dc-circuit-review"], stay.Sources.Select(s => s.Id).Order());
        Assert.All(english.Where(e => e.Id != "stay"), e => Assert.Single(e.Sources));
    }
}
