namespace Transparency.Web.Components.Pages.Methodology;

/// <summary>The passages of the methodology page's long prose, each written once per language in MethodologyTextEn and MethodologyTextEs.</summary>
public enum MethodologyPart
{
    Why,
    Rounding,
    Dates,
    Preferred,
    Context,
    Coverage,
}
