/** Child process of query-vectors.test.ts: parses the vectors on stdin under the TZ it was started with. */
import { readFileSync } from 'node:fs';
import { parseQuery } from '../../../src/server/search/query/parse-query';

const vectors = JSON.parse(readFileSync(0, 'utf8')) as Array<{ q: string; locale: string; tz: string; now: string; knownPeople?: string[] }>;
const results = vectors.map((v) => parseQuery(v.q, { now: Date.parse(v.now), timeZone: v.tz, locale: v.locale, knownPeople: v.knownPeople ?? [] }));
process.stdout.write(JSON.stringify({ offset: new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset(), results }));
