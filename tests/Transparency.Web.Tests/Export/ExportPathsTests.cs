using Transparency.Web.Export;

namespace Transparency.Web.Tests.Export;

public sealed class ExportPathsTests
{
    [Theory]
    [InlineData("/", "", "html", "index.html")]
    [InlineData("/es/", "", "html", "es/index.html")]
    [InlineData("/es", "", "html", "es/index.html")]
    [InlineData("/cases/ctr-v-irs", "", "html", "cases/ctr-v-irs/index.html")]
    [InlineData("/api/v1/cases", "", "json", "api/v1/cases/index.json")]
    [InlineData("/data/cases.csv", "", "csv", "data/cases.csv")]
    [InlineData("/timeline", "category=court-ruling&year=2026", "html", "__q/timeline/category=court-ruling&year=2026.html")]
    [InlineData("/timeline.csv", "category=court-ruling", "csv", "__q/timeline.csv/category=court-ruling.csv")]
    [InlineData("/es/", "page=2", "html", "__q/es/page=2.html")]
    public void Each_url_has_one_file_a_static_server_can_find_again(string path, string query, string extension, string file) =>
        Assert.Equal(file, ExportPaths.FileFor(path, query, extension));

    [Theory]
    [InlineData("/data/../secret", "")]
    [InlineData("/timeline", "q=../../etc")]
    [InlineData("relative", "")]
    [InlineData("/a\\b", "")]
    public void Urls_that_would_escape_the_folder_are_refused(string path, string query) =>
        Assert.Null(ExportPaths.FileFor(path, query, "html"));

    [Fact]
    public void Overlong_queries_are_refused_rather_than_truncated() =>
        Assert.Null(ExportPaths.FileFor("/timeline", "q=" + new string('x', 300), "html"));
}
