// One in-memory app on the fixture for the validator tests (the browser tests use BrowserFixture's Kestrel port).
[assembly: AssemblyFixture(typeof(Transparency.Tests.SiteFactory))]
