using System.Text.RegularExpressions;
using Transparency.Web.Api;

namespace Transparency.Web.Tests.Api;

public sealed class ApiVocabularyTests
{
    /// <summary>
    /// Lists the queries make up themselves (or the API's own sort order), not constrained by a CHECK in schema.sql.
    /// SearchKind is the search index's kinds (written by the builder, checked against the index by SearchIndexTests);
    /// SearchLanguage the site's two languages.
    /// </summary>
    private static readonly string[] Derived = [ApiVocabulary.MentionKind, ApiVocabulary.CitingKind, ApiVocabulary.EventOrder, ApiVocabulary.SearchKind, ApiVocabulary.SearchLanguage];

    [Fact]
    public void Every_documented_value_list_is_exactly_a_check_list_in_the_schema()
    {
        var schema = File.ReadAllText(Path.Combine(TestRepository.PublishedDataDirectory, "schema.sql"));
        var checks = Regex.Matches(schema, @"\bIN \(('[^)]*)\)")
            .Select(m => Regex.Matches(m.Groups[1].Value, "'([^']*)'").Select(v => v.Groups[1].Value).Order(StringComparer.Ordinal).ToList())
            .ToList();

        foreach (var (name, values) in ApiVocabulary.Lists.Where(l => !Derived.Contains(l.Key)))
        {
            Assert.True(checks.Any(c => c.SequenceEqual(values.Order(StringComparer.Ordinal))), $"{name} matches no CHECK (... IN (...)) list in data/schema.sql");
        }
    }
}
