// One app per assembly for the tests that only read: the fixture is built once, not once per class.
// Tests that change settings derive a host with WithWebHostBuilder; tests that break the data make a TempSite.
[assembly: AssemblyFixture(typeof(Transparency.Tests.SiteFactory))]
[assembly: AssemblyFixture(typeof(Transparency.Web.Tests.CorrectedSiteFactory))]
