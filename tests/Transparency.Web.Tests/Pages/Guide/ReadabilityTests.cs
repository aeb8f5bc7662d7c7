using static Transparency.Web.Tests.Pages.Guide.Readability;

namespace Transparency.Web.Tests.Pages.Guide;

/// <summary>The readability formulas and their counting, on words and texts whose counts are known.</summary>
public sealed class ReadabilityTests
{
    [Theory]
    [InlineData("the", 1)]
    [InlineData("cat", 1)]
    [InlineData("table", 2)]
    [InlineData("people", 2)]
    [InlineData("address", 2)]
    [InlineData("addresses", 3)]
    [InlineData("agreement", 3)]
    [InlineData("immigration", 4)]
    [InlineData("judge", 1)]
    [InlineData("shared", 1)]
    [InlineData("wanted", 2)]
    [InlineData("blocked", 1)]
    [InlineData("every", 3)]
    [InlineData("removal", 3)]
    [InlineData("court", 1)]
    public void English_syllables_follow_the_heuristic_on_known_words(string word, int syllables) =>
        Assert.Equal(syllables, EnglishSyllables(word));

    [Theory]
    [InlineData("dirección", 3)]
    [InlineData("ciudad", 2)]
    [InlineData("país", 2)]
    [InlineData("aéreo", 4)]
    [InlineData("leer", 2)]
    [InlineData("que", 1)]
    [InlineData("guerra", 2)]
    [InlineData("pingüino", 3)]
    [InlineData("tribunales", 4)]
    [InlineData("deportación", 4)]
    [InlineData("hay", 1)]
    [InlineData("muy", 1)]
    [InlineData("buey", 1)]
    [InlineData("ya", 1)]
    [InlineData("y", 1)]
    public void Spanish_syllables_are_vowel_nuclei_with_diphthongs_and_hiatus(string word, int syllables) =>
        Assert.Equal(syllables, SpanishSyllables(word));

    [Fact]
    public void Numbers_are_counted_as_they_are_read_aloud()
    {
        Assert.Equal(["forty", "seven", "thousand", "two", "hundred", "eighty", "nine"], NumberWords("47,289", Lang.En));
        Assert.Equal(["cuarenta", "y", "siete", "mil", "doscientos", "ochenta", "y", "nueve"], NumberWords("47,289", Lang.Es));
        Assert.Equal(["twenty", "twenty", "five"], NumberWords("2025", Lang.En));
        Assert.Equal(["dos", "mil", "veinticinco"], NumberWords("2025", Lang.Es));
        Assert.Equal(["one", "point", "two", "eight"], NumberWords("1.28", Lang.En));
        Assert.Equal(["noventa"], NumberWords("90", Lang.Es));
    }

    [Fact]
    public void Acronyms_are_spelled_unless_read_as_a_word()
    {
        Assert.Equal(3, Spoken("IRS", Lang.En).Sum(w => Syllables(w, Lang.En)));
        Assert.Equal(5, Spoken("IRS", Lang.Es).Sum(w => Syllables(w, Lang.Es)));
        Assert.Equal(["ICE"], Spoken("ICE's", Lang.En));
    }

    [Fact]
    public void A_sentence_ends_at_a_stop_before_a_capital_but_not_after_an_abbreviation()
    {
        Assert.Equal(["CTR v. IRS is a case.", "It goes on."], Sentences("CTR v. IRS is a case. It goes on."));
        Assert.Equal(["A judge in Washington, D.C., ruled.", "Then D.C."], Sentences("A judge in Washington, D.C., ruled. Then D.C."));
        Assert.Equal(["It says 1.28 million."], Sentences("It says 1.28 million."));
        Assert.Equal(["CT Public wrote:", "“Filing is required.”"], Sentences("CT Public wrote: “Filing is required.”"));
    }

    [Fact]
    public void Flesch_Kincaid_grade_is_the_published_formula()
    {
        var counts = Count(["The cat sat on the mat."], Lang.En);

        Assert.Equal(new ReadabilityCounts(1, 6, 6), counts);
        Assert.Equal(0.39 * 6 + 11.8 - 15.59, counts.FleschKincaidGrade, 10);
    }

    [Fact]
    public void Fernandez_Huerta_is_the_published_formula()
    {
        // 10 words of 2 syllables in one sentence: P = 200, F = 10.
        Assert.Equal(206.84 - 0.60 * 200 - 1.02 * 10, new ReadabilityCounts(1, 10, 20).FernandezHuerta, 10);
        var counts = Count(["El gato come pan. La casa es azul."], Lang.Es);
        Assert.Equal(new ReadabilityCounts(2, 8, 12), counts);
    }

    [Fact]
    public void A_long_legal_sentence_scores_as_hard_in_both_languages()
    {
        var english = Count(["The district court's indicative ruling under Federal Rule of Civil Procedure 62.1 contemplated supplementation of the administrative record notwithstanding the pending interlocutory appeal."], Lang.En);
        var spanish = Count(["La resolución indicativa del tribunal de distrito contemplaba la complementación del expediente administrativo no obstante la apelación interlocutoria pendiente."], Lang.Es);

        Assert.True(english.FleschKincaidGrade > 12, $"grade {english.FleschKincaidGrade:0.0}");
        Assert.True(spanish.FernandezHuerta < 50, $"Fernández-Huerta {spanish.FernandezHuerta:0.0}");
    }
}
