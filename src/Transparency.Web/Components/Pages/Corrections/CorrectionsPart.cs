namespace Transparency.Web.Components.Pages.Corrections;

/// <summary>The passages of the corrections page's long prose, each written once per language in CorrectionsTextEn and CorrectionsTextEs.</summary>
public enum CorrectionsPart
{
    NoneYet,
    HowRecorded,
    Feeds,
}
