namespace Transparency.Web.Components.Pages.About;

/// <summary>The passages of the about page's long prose, each written once per language in AboutTextEn and AboutTextEs.</summary>
public enum AboutPart
{
    Who,
    Publisher,
    Editorial,
    Report,
    License,
    Privacy,
    Data,
}
