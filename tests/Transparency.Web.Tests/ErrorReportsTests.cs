namespace Transparency.Web.Tests;

public sealed class ErrorReportsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("not an address")]
    [InlineData("a@example.org,b@example.org")]
    [InlineData("a@example.org?cc=b@example.org")]
    [InlineData("a@example.org&body=x")]
    [InlineData("Name <a@example.org>")]
    public void A_reporting_address_that_is_not_one_plain_address_fails_at_start_up(string email)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ErrorReports(email, null));
        Assert.Contains(ErrorReports.EmailKey, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://github.com/owner/repo")]
    [InlineData("https://github.com/owner/repo?x=1")]
    [InlineData("github.com/owner/repo")]
    public void A_repository_that_is_not_a_plain_https_url_fails_at_start_up(string repository) =>
        Assert.Throws<InvalidOperationException>(() => new ErrorReports("corrections@example.org", repository));

    [Fact]
    public void The_mail_link_encodes_subject_and_body_so_nothing_can_add_a_header()
    {
        var reports = new ErrorReports("corrections@example.org", null);

        var link = reports.MailTo("Report an error: figure x&cc=evil@example.org", "Page: https://t.example/figures/x?a=1\nWhat is wrong:");

        Assert.Equal(
            "mailto:corrections@example.org?subject=Report%20an%20error%3A%20figure%20x%26cc%3Devil%40example.org"
            + "&body=Page%3A%20https%3A%2F%2Ft.example%2Ffigures%2Fx%3Fa%3D1%0AWhat%20is%20wrong%3A", link);
        Assert.Null(reports.IssueUrl("t", "figure x", "https://t.example/figures/x"));
    }

    [Fact]
    public void With_a_repository_the_issue_form_is_prefilled_with_the_fact_and_its_page()
    {
        var reports = new ErrorReports("corrections@example.org", "https://github.com/owner/transparency/");

        Assert.Equal(
            "https://github.com/owner/transparency/issues/new?template=report-an-error.yml&title=Report%20an%20error%3A%20figure%20x"
            + "&fact=figure%20x&page=https%3A%2F%2Ft.example%2Ffigures%2Fx",
            reports.IssueUrl("Report an error: figure x", "figure x", "https://t.example/figures/x"));
    }

    [Fact]
    public void The_issue_template_the_link_names_exists_with_the_fields_it_prefills()
    {
        var template = File.ReadAllText(Path.Combine(RepositoryRoot(), ".github", "ISSUE_TEMPLATE", "report-an-error.yml"));

        Assert.Contains("id: fact", template, StringComparison.Ordinal);
        Assert.Contains("id: page", template, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Transparency.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Transparency.sln not found above the test's directory.");
    }
}
