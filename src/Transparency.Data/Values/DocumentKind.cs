namespace Transparency.Data.Values;

/// <summary>Type of primary document (<c>documents.kind</c>).</summary>
public enum DocumentKind
{
    Opinion,
    Order,
    Declaration,
    Transcript,
    Brief,
    Complaint,
    Report,
    Agreement,
}
