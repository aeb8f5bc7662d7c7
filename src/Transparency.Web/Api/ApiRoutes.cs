namespace Transparency.Web.Api;

/// <summary>The API's addresses, relative to the site root so responses (and their ETags) do not depend on the host name.</summary>
public static class ApiRoutes
{
    public const string Root = "/api/v1";
    public const string OpenApi = "/openapi/v1.json";

    public static string Event(string id) => $"{Root}/events/{Uri.EscapeDataString(id)}";

    public static string EventsOfCase(string caseId) => $"{Root}/events?case={Uri.EscapeDataString(caseId)}";

    public static string Case(string id) => $"{Root}/cases/{Uri.EscapeDataString(id)}";

    public static string Request(string id) => $"{Root}/requests/{Uri.EscapeDataString(id)}";

    public static string Figure(string id) => $"{Root}/figures/{Uri.EscapeDataString(id)}";

    public static string Source(string id) => $"{Root}/sources/{Uri.EscapeDataString(id)}";

    public const string Documents = $"{Root}/documents";

    public const string Search = $"{Root}/search";
}
