using Transparency.Data.Search;

namespace Transparency.Data.Tests.Search;

public sealed class SearchWordsTests
{
    [Theory]
    [InlineData("Dirección", "direccion")]
    [InlineData("NÚÑEZ", "nunez")]
    [InlineData("ITIN", "itin")]
    [InlineData("indocumentados", "indocumentados")]
    public void A_word_is_folded_as_the_index_folds_it(string word, string folded) =>
        Assert.Equal(folded, SearchWords.Fold(word));

    [Fact]
    public void Punctuation_separates_words_and_is_never_search_syntax()
    {
        var words = SearchWords.Parse("§6103(i)(2) \"NEAR\" AND (court* OR title:x)");

        string[] all = ["6103", "i", "2", "near", "and", "court", "or", "title", "x"];
        Assert.Equal(all[..SearchWords.MaxWords], words.Words);
        Assert.True(words.WordsDropped);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("  *  ( ) ")]
    [InlineData("—")]
    public void Text_without_a_letter_or_digit_is_nothing_to_search(string query)
    {
        var words = SearchWords.Parse(query);

        Assert.True(words.NothingSearchable);
        Assert.False(words.IsEmpty);
        Assert.Empty(words.Words);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void No_text_is_an_empty_search(string? query) => Assert.True(SearchWords.Parse(query).IsEmpty);

    [Fact]
    public void A_long_text_is_cut_and_says_so()
    {
        var words = SearchWords.Parse(string.Concat(Enumerable.Repeat("court ", 400)));

        Assert.True(words.Shortened);
        Assert.True(words.Text.Length <= SearchWords.MaxLength);
        Assert.Equal(["court"], words.Words);
    }

    [Fact]
    public void A_repeated_word_is_searched_once_in_either_spelling()
    {
        Assert.Equal(["direccion", "ice"], SearchWords.Parse("dirección ICE direccion ice").Words);
    }
}
