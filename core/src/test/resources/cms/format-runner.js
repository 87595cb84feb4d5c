// Runs admin/header-format.js under Node for the JUnit tests: argv[2] the format's script, stdin a JSON
// list of cases, stdout the list of resulting file texts.
'use strict';
const format = require(process.argv[2]);
const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const results = cases.map(c => {
  if (c.op === 'roundtrip') {
    return format.toFile(format.fromFile(c.text), c.sortedKeys);
  }
  if (c.op === 'slug') {
    return format.slug(c.text);
  }
  if (c.op === 'edit') {
    return format.toFile(Object.assign(format.fromFile(c.text), c.changes), c.sortedKeys);
  }
  return format.toFile(c.data, c.sortedKeys);
});
process.stdout.write(JSON.stringify(results));
