using System.Text.RegularExpressions;
using Transparency.Data.Values;

namespace Transparency.Data.Tests.Values;

public sealed class VocabularyTests
{
    /// <summary>Every vocabulary enum, each to be exactly one CHECK (... IN (...)) list of data/schema.sql.</summary>
    private static readonly (string Name, IReadOnlyList<string> Texts)[] Enums =
    [
        (nameof(Basis), Vocabulary.Texts<Basis>()),
        (nameof(SourceTier), Vocabulary.Texts<SourceTier>()),
        (nameof(DocumentKind), Vocabulary.Texts<DocumentKind>()),
        (nameof(DatePrecision), Vocabulary.Texts<DatePrecision>()),
        (nameof(EventCategory), Vocabulary.Texts<EventCategory>()),
        (nameof(SourceKind), Vocabulary.Texts<SourceKind>()),
        (nameof(CaseStatus), Vocabulary.Texts<CaseStatus>()),
        (nameof(RulingKind), Vocabulary.Texts<RulingKind>()),
        (nameof(RulingOutcome), Vocabulary.Texts<RulingOutcome>()),
        (nameof(RulingEffect), Vocabulary.Texts<RulingEffect>()),
        (nameof(Qualifier), Vocabulary.Texts<Qualifier>()),
        (nameof(RequestOutcome), Vocabulary.Texts<RequestOutcome>()),
        (nameof(UnknownKind), Vocabulary.Texts<UnknownKind>()),
        (nameof(FeedEntryKind), Vocabulary.Texts<FeedEntryKind>()),
        (nameof(GuideSection), Vocabulary.Texts<GuideSection>()),
        // guide.quote_lang: the language of a quote, spelt as the site's languages.
        (nameof(Language), Vocabulary.Texts<Language>()),
    ];

    /// <summary>CHECK lists that are no vocabulary of the data: list_positions.list names tables, fact_labels.subject kinds of fact; no record reads either.</summary>
    private static readonly string[][] NotVocabularies = [["cases", "figures", "request_batches", "sources"], ["case", "event", "figure", "figure-value", "request-batch", "ruling"]];

    private static List<List<string>> CheckLists()
    {
        var schema = File.ReadAllText(Path.Combine(TestRepository.PublishedDataDirectory, "schema.sql"));
        return Regex.Matches(schema, @"\bIN \(('[^)]*)\)")
            .Select(m => Regex.Matches(m.Groups[1].Value, "'([^']*)'").Select(v => v.Groups[1].Value).Order(StringComparer.Ordinal).ToList())
            .DistinctBy(list => string.Join(",", list))
            .ToList();
    }

    [Fact]
    public void Every_vocabulary_enum_spells_exactly_a_check_list_of_the_schema()
    {
        var checks = CheckLists();

        foreach (var (name, texts) in Enums)
        {
            Assert.True(checks.Any(c => c.SequenceEqual(texts.Order(StringComparer.Ordinal))), $"{name} ({string.Join(", ", texts)}) matches no CHECK (... IN (...)) list in data/schema.sql");
        }
    }

    [Fact]
    public void Every_text_check_list_of_the_schema_has_its_enum()
    {
        var missing = CheckLists()
            .Where(c => !Enums.Any(e => e.Texts.Order(StringComparer.Ordinal).SequenceEqual(c)) && !NotVocabularies.Any(n => n.SequenceEqual(c)))
            .Select(c => string.Join(", ", c))
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Text_and_parse_are_each_others_inverse_and_refuse_other_spellings()
    {
        Assert.Equal("primary-document", Vocabulary.Text(SourceTier.PrimaryDocument));
        Assert.Equal("stay-and-preliminary-injunction", Vocabulary.Text(RulingKind.StayAndPreliminaryInjunction));
        Assert.Equal(EventCategory.CourtRuling, Vocabulary.Parse<EventCategory>("court-ruling"));
        Assert.All(Enum.GetValues<RulingOutcome>(), o => Assert.Equal(o, Vocabulary.Parse<RulingOutcome>(Vocabulary.Text(o))));
        Assert.False(Vocabulary.TryParse<EventCategory>("CourtRuling", out _));
        Assert.False(Vocabulary.TryParse<EventCategory>("Court-Ruling", out _));
        Assert.Throws<FormatException>(() => Vocabulary.Parse<Basis>("sure"));
    }
}
