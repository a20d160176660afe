import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { BreakerState } from './circuit-breaker';

export type CacheOutcome = 'hit' | 'miss' | 'stale';
export type RefreshOutcome = 'ok' | 'reconnect_required' | 'failed' | 'write_deferred';

/**
 * What an operator watches, in Prometheus form (prom-client): request durations by route and
 * status, upstream calls by provider and outcome, cache hits/misses/stale, token refreshes,
 * circuit-breaker state, skipped events, and the process and event-loop defaults. One registry per
 * server (tests run many in one process).
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({ name: 'upnext_http_requests_total', help: 'HTTP requests by route and status', labelNames: ['method', 'route', 'status'], registers: [this.registry] });
  private readonly requestSeconds = new Histogram({
    name: 'upnext_http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  private readonly upstreamSeconds = new Histogram({
    name: 'upnext_upstream_call_duration_seconds',
    help: 'Calls to a provider API by provider and outcome',
    labelNames: ['provider', 'outcome'],
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly cacheResults = new Counter({ name: 'upnext_cache_results_total', help: 'Results cache answers: hit, miss (went upstream) or stale (served stale-if-error)', labelNames: ['result'], registers: [this.registry] });
  private readonly refreshes = new Counter({ name: 'upnext_token_refreshes_total', help: 'Token refreshes by provider and outcome', labelNames: ['provider', 'outcome'], registers: [this.registry] });
  private readonly breakerOpen = new Gauge({ name: 'upnext_circuit_breaker_open', help: '1 while the circuit to a dependency is open (its fallback serving)', labelNames: ['dependency'], registers: [this.registry] });
  private readonly breakerTransitions = new Counter({ name: 'upnext_circuit_breaker_transitions_total', help: 'Circuit-breaker transitions by dependency and new state', labelNames: ['dependency', 'to'], registers: [this.registry] });
  private readonly skipped = new Counter({ name: 'upnext_skipped_events_total', help: 'Provider events skipped because they could not be read', labelNames: ['provider'], registers: [this.registry] });
  private readonly storeFailures = new Counter({ name: 'upnext_store_failures_total', help: 'Database calls that failed (answered 503 provider_unavailable)', registers: [this.registry] });

  constructor(options: { processMetrics?: boolean } = {}) {
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry, prefix: 'upnext_' });
    this.breakerOpen.set({ dependency: 'redis' }, 0);
  }

  request(method: string, route: string, status: number, seconds: number): void {
    const labels = { method, route, status: String(status) };
    this.requests.inc(labels);
    this.requestSeconds.observe(labels, seconds);
  }

  upstreamCall(provider: string, outcome: string, seconds: number): void {
    this.upstreamSeconds.observe({ provider, outcome }, seconds);
  }

  cacheResult(result: CacheOutcome): void {
    this.cacheResults.inc({ result });
  }

  refresh(provider: string, outcome: RefreshOutcome): void {
    this.refreshes.inc({ provider, outcome });
  }

  breakerTransition(dependency: string, _from: BreakerState, to: BreakerState): void {
    this.breakerOpen.set({ dependency }, to === 'open' ? 1 : 0);
    this.breakerTransitions.inc({ dependency, to });
  }

  skippedEvent(provider: string): void {
    this.skipped.inc({ provider });
  }

  storeFailure(): void {
    this.storeFailures.inc();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }
}
