// Prints "N passed, N failed" from vitest's JSON report; fails when no test ran or when the browser tests were skipped.
import { existsSync, readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'artifacts/vitest-report.json';
if (!existsSync(file)) {
  console.error(`no test report at ${file}: the suite did not run (type-check or lint failed?)`);
  console.log('0 passed, 0 failed');
  process.exit(1);
}
interface Report {
  testResults: { name: string; assertionResults: { status: string }[] }[];
}
const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
const results = report.testResults.flatMap((suite) =>
  suite.assertionResults.map((test) => ({ ...test, file: suite.name })),
);
const count = (status: string) => results.filter((test) => test.status === status).length;
const skippedBrowser = results.filter((test) => test.file.includes('/test/browser/') && test.status !== 'passed');
if (skippedBrowser.length > 0)
  console.error(`${skippedBrowser.length} browser test(s) did not pass (is /usr/bin/chromium installed?)`);
console.log(
  `${count('passed')} passed, ${count('failed')} failed${count('skipped') + count('pending') > 0 ? `, ${count('skipped') + count('pending')} skipped` : ''}`,
);
process.exit(count('failed') > 0 || count('passed') === 0 || skippedBrowser.length > 0 ? 1 : 0);
