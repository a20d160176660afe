import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { Express } from 'express';

/** An OpenAPI 3.1 document, as far as these checks read it. */
export interface OpenApi {
  openapi: string;
  info?: { description?: string };
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }>; headers?: Record<string, unknown> }> }>>;
  components?: { schemas?: Record<string, unknown> };
}

/**
 * Validates real answers against the document: OpenAPI 3.1 schemas are JSON Schema 2020-12, so
 * the document itself is added to Ajv and each response schema is compiled by JSON pointer.
 */
export function answerValidator(doc: OpenApi) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema({ ...doc, $id: 'openapi' } as object);
  const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
  return (method: string, path: string, status: number, body: unknown, contentType = 'application/json'): string[] => {
    const operation = doc.paths[path]?.[method.toLowerCase()];
    if (!operation) return [`${method} ${path} is not described`];
    const response = operation.responses[String(status)];
    if (!response) return [`${method} ${path} does not describe status ${status}`];
    if (!response.content) return body === undefined || body === '' ? [] : [`${method} ${path} ${status} describes no body`];
    const media = Object.keys(response.content).find((m) => contentType.startsWith(m));
    if (!media) return [`${method} ${path} ${status} does not describe ${contentType}`];
    if (media !== 'application/json') return typeof body === 'string' ? [] : [`${method} ${path} ${status} should be ${media} text`];
    const validate = ajv.compile({ $ref: `openapi#/${pointer('paths', path, method.toLowerCase(), 'responses', String(status), 'content', media, 'schema')}` });
    return validate(body) ? [] : (validate.errors ?? []).map((e) => `${method} ${path} ${status}: ${e.instancePath || '/'} ${e.message}`);
  };
}

interface Layer {
  rawPath?: unknown;
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** `METHOD /path/{param}` for every route the Express app has mounted (routers included). */
export function mountedRoutes(app: Express): string[] {
  const out = new Set<string>();
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        const path = (prefix + layer.route.path).replace(/:([A-Za-z]+)/g, '{$1}');
        for (const [method, on] of Object.entries(layer.route.methods)) if (on && method !== '_all') out.add(`${method.toUpperCase()} ${path}`);
      } else if (layer.handle?.stack) {
        walk(layer.handle.stack, typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? prefix + layer.rawPath : prefix);
      }
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '');
  return [...out].sort();
}

/**
 * The HTTP API routes of the brief's §3 table (`../shared/SPEC.md`, beside the repository, as CI
 * lays it), or undefined where the brief is not beside this checkout.
 */
export function briefContractRoutes(repo: string): string[] | undefined {
  const file = [join(repo, '..', 'shared', 'SPEC.md'), join(repo, '..', '..', 'shared', 'SPEC.md')].find((f) => existsSync(f));
  if (!file) return undefined;
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf('**HTTP API (contract)**');
  const table = text.slice(start, text.indexOf('\nMeeting:', start));
  const routes: string[] = [];
  for (const line of table.split('\n')) {
    if (!line.startsWith('| `')) continue;
    const cell = line.split('|')[1]!;
    let pending: string[] = [];
    for (const [, token] of cell.matchAll(/`([^`]+)`/g)) {
      const [method, rawPath] = token!.split(/\s+/, 2);
      pending.push(method!);
      if (!rawPath) continue;
      const path = rawPath.replace(/\?.*$/, '').replace(/:([A-Za-z]+)/g, '{$1}');
      for (const m of pending) routes.push(`${m} ${path}`);
      pending = [];
    }
  }
  return routes;
}
