namespace Transparency.Web.Export;

/// <summary>Every file written, and every problem that makes the export not a faithful copy (empty when it is).</summary>
public sealed record CrawlResult(IReadOnlyList<ExportedFile> Files, IReadOnlyList<string> Problems);
