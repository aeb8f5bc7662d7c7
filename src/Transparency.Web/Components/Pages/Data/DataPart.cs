namespace Transparency.Web.Components.Pages.Data;

/// <summary>The passages of the data page's long prose, each written once per language in DataTextEn and DataTextEs.</summary>
public enum DataPart
{
    Lede,
    License,
    CsvFiles,
    Views,
}
