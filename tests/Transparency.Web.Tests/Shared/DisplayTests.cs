using System.Globalization;
using Transparency.Data.Values;
using Transparency.Web.Components.Shared;
using Transparency.Web.Localization;

namespace Transparency.Web.Tests.Shared;

/// <summary>Vocabulary labels and dates come from one place each (Strings.resx, Display.Date), in both languages.</summary>
public sealed class DisplayTests
{
    public static TheoryData<string> Cultures() => new(Languages.English.Name, Languages.Spanish.Name);

    private static void Use(string culture) =>
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (CultureInfo.GetCultureInfo(culture), CultureInfo.GetCultureInfo(culture));

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_vocabulary_value_has_a_label_in_strings_resx(string culture)
    {
        Use(culture);
        var labels = new List<(string Value, string Label)>();
        labels.AddRange(Enum.GetValues<SourceTier>().Select(v => (v.ToString(), Display.Tier(v))));
        labels.AddRange(Enum.GetValues<SourceTier>().Select(v => (v + " help", Display.TierHelp(v))));
        labels.AddRange(Enum.GetValues<Basis>().Select(v => (v.ToString(), Display.Basis(v))));
        labels.AddRange(Enum.GetValues<DocumentKind>().Select(v => (v.ToString(), Display.DocumentKind(v))));
        labels.AddRange(Enum.GetValues<EventCategory>().Select(v => (v.ToString(), Display.Category(v))));
        labels.AddRange(Enum.GetValues<RulingOutcome>().Select(v => (v.ToString(), Display.Outcome(v))));
        labels.AddRange(Enum.GetValues<RulingKind>().Select(v => (v.ToString(), Display.RulingKind(v))));
        labels.AddRange(Enum.GetValues<RulingEffect>().Select(v => (v.ToString(), Display.Effect(v))));
        labels.AddRange(Enum.GetValues<Transparency.Data.Cases.CourtStanding>().Select(v => (v.ToString(), Display.Standing(v))));
        labels.AddRange(Enum.GetValues<CaseStatus>().Select(v => (v.ToString(), Display.Status(v))));
        labels.AddRange(Enum.GetValues<RequestOutcome>().Select(v => (v.ToString(), Display.RequestOutcome(v))));
        labels.AddRange(Enum.GetValues<SourceKind>().Select(v => (v.ToString(), Display.SourceKind(v))));
        labels.AddRange(Enum.GetValues<UnknownKind>().Select(v => (v.ToString(), Display.UnknownKind(v))));
        labels.AddRange(Enum.GetValues<DatePrecision>().Select(v => (v.ToString(), Display.Precision(v))));
        var strings = FrozenStrings.Site.For(CultureInfo.CurrentUICulture);

        // Text.Get answers the key itself (Tier_Aggregator) when it is missing: a label must be a value of the file.
        Assert.All(labels, l => Assert.True(strings.Values.Contains(l.Label), $"{l.Value} has no label in {culture}: '{l.Label}'"));
    }

    [Theory]
    [InlineData("en-US", "2025-02-17", "17 Feb 2025")]
    [InlineData("es-US", "2025-02-17", "17 feb 2025")]
    [InlineData("en-US", "2025-09", "Sep 2025")]
    [InlineData("es-US", "2025-09", "sept 2025")]
    [InlineData("es-US", "2026", "2026")]
    public void A_date_reads_at_its_precision_in_the_page_language(string culture, string iso, string shown)
    {
        Use(culture);

        Assert.Equal(shown, Display.Date(PartialDate.Parse(iso)));
        Assert.Equal(shown, Display.Date(iso));
    }

    [Fact]
    public void A_missing_date_says_so_in_the_page_language()
    {
        Use(Languages.Spanish.Name);

        Assert.Equal("fecha no informada", Display.Date((PartialDate?)null));
    }
}
