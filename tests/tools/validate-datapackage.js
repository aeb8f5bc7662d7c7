// Validates a Frictionless data package with the real validator (datapackage-js): the descriptor
// against the profile, then every resource read with type casting, constraints and foreign keys.
// Usage: node validate-datapackage.js path/to/datapackage.json   Exit code 0 = valid.
const path = require('path');
const { Package } = require('datapackage');

(async () => {
  const descriptor = path.resolve(process.argv[2]);
  const pkg = await Package.load(descriptor, { basePath: path.dirname(descriptor) });
  const problems = [];
  if (!pkg.valid) {
    for (const error of pkg.errors) problems.push(`descriptor: ${error.message}`);
  }
  for (const resource of pkg.resources) {
    if (!resource.valid) {
      for (const error of resource.errors) problems.push(`${resource.name}: ${error.message}`);
      continue;
    }
    try {
      const rows = await resource.read({ cast: true, relations: true });
      console.log(`${resource.name}: ${rows.length} rows valid`);
    } catch (error) {
      problems.push(`${resource.name}: ${error.message}`);
      for (const inner of error.errors || []) problems.push(`  ${inner.message}`);
    }
  }
  for (const problem of problems) console.error(problem);
  console.log(problems.length === 0 ? 'VALID' : `INVALID: ${problems.length} problem(s)`);
  process.exit(problems.length === 0 ? 0 : 1);
})().catch((error) => { console.error(error); process.exit(2); });
