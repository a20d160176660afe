export interface TestServices {
  dir: string;
  urls: { TEST_DATABASE_URL?: string; TEST_REDIS_URL?: string };
  stop(what: 'pg' | 'redis'): Promise<unknown>;
  start(what: 'pg' | 'redis'): Promise<unknown>;
  down(): string;
}
export function servicesAvailable(): boolean;
export function startTestServices(options?: { lifetimeSeconds?: number }): Promise<TestServices>;
