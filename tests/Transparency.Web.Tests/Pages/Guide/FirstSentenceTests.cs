using Transparency.Web.Components.Pages.Guide;

namespace Transparency.Web.Tests.Pages.Guide;

public sealed class FirstSentenceTests
{
    [Theory]
    [InlineData("The district court denied a TRO (20 Mar 2025). The D.C. Circuit affirmed.", "The district court denied a TRO (20 Mar 2025).", "The D.C. Circuit affirmed.")]
    [InlineData("The D.C. Circuit affirmed on 24 Feb 2026. Nothing later was found.", "The D.C. Circuit affirmed on 24 Feb 2026.", "Nothing later was found.")]
    [InlineData("The government appealed (D.C. Cir. No. 26-5006): a brief was filed. No decision.", "The government appealed (D.C. Cir. No. 26-5006): a brief was filed.", "No decision.")]
    [InlineData("El tribunal falló el 5 de febrero. ¿Y después? Nada.", "El tribunal falló el 5 de febrero.", "¿Y después? Nada.")]
    [InlineData("It found disclosures that broke §6103(i)(2)(B)(i). The government appealed (D.C. Cir. No. 26-5006).", "It found disclosures that broke §6103(i)(2)(B)(i).", "The government appealed (D.C. Cir. No. 26-5006).")]
    [InlineData("The court barred ICE. No appeal was found.", "The court barred ICE.", "No appeal was found.")]
    [InlineData("One sentence only.", "One sentence only.", "")]
    public void A_summary_splits_after_its_first_sentence_and_not_at_an_abbreviation(string text, string first, string rest)
    {
        Assert.Equal((first, rest), FirstSentence.Split(text));
    }
}
