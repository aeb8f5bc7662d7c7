namespace Transparency.Web;

/// <summary>
/// Where a reader reports an error in a fact: a <c>mailto:</c> to <c>Site:ReportEmail</c>, prefilled with the
/// fact's kind, id and permanent URL, and, when <c>Site:RepositoryUrl</c> is set, the repository's issue form
/// (<c>.github/ISSUE_TEMPLATE/report-an-error.yml</c>) prefilled the same way. Nothing is stored on the site:
/// no form posts here and no cookie is set. Both values are checked at start-up, not on the first report.
/// </summary>
public sealed class ErrorReports
{
    public const string EmailKey = "Site:ReportEmail";
    public const string RepositoryKey = "Site:RepositoryUrl";

    public ErrorReports(string? email, string? repositoryUrl)
    {
        email = email?.Trim();
        // A plain address only: anything that could smuggle headers or a second recipient into the mailto: fails.
        if (string.IsNullOrEmpty(email) || !System.Net.Mail.MailAddress.TryCreate(email, out var parsed)
            || parsed.Address != email || email.IndexOfAny(['?', '&', '%', ',', ' ']) >= 0)
        {
            throw new InvalidOperationException($"{EmailKey} must be one plain e-mail address (where readers report errors), not “{email}”.");
        }
        Email = email;
        if (!string.IsNullOrWhiteSpace(repositoryUrl))
        {
            if (!Uri.TryCreate(repositoryUrl.Trim(), UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps
                || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            {
                throw new InvalidOperationException($"{RepositoryKey} must be the repository's https URL without query or fragment, not “{repositoryUrl}”.");
            }
            RepositoryUrl = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        }
    }

    public static ErrorReports From(IConfiguration configuration) => new(configuration[EmailKey], configuration[RepositoryKey]);

    public string Email { get; }

    /// <summary>The public repository (e.g. https://github.com/owner/transparency); null when not published.</summary>
    public string? RepositoryUrl { get; }

    /// <summary>A mailto: link with the subject and body already written; every part is percent-encoded.</summary>
    public string MailTo(string subject, string? body = null) =>
        $"mailto:{Email}?subject={Uri.EscapeDataString(subject)}" + (string.IsNullOrEmpty(body) ? "" : $"&body={Uri.EscapeDataString(body)}");

    /// <summary>The issue form with its fields prefilled (GitHub fills a form field from the query parameter of its id).</summary>
    public string? IssueUrl(string title, string fact, string page) => RepositoryUrl is null ? null :
        $"{RepositoryUrl}/issues/new?template=report-an-error.yml&title={Uri.EscapeDataString(title)}"
        + $"&fact={Uri.EscapeDataString(fact)}&page={Uri.EscapeDataString(page)}";
}
