import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { series } from '../../../src/server/middleware/series';

function run(handler: RequestHandler): Promise<unknown> {
  return new Promise((resolve) => handler({} as Request, {} as Response, ((err?: unknown) => resolve(err ?? 'done')) as NextFunction));
}

describe('series', () => {
  it('runs every middleware in order, then continues', async () => {
    const seen: number[] = [];
    const step = (n: number): RequestHandler => (_req, _res, next) => {
      seen.push(n);
      next();
    };
    expect(await run(series(step(1), step(2), step(3)))).toBe('done');
    expect(seen).toEqual([1, 2, 3]);
  });

  it('an error passed on, thrown or rejected skips the rest and reaches error handling', async () => {
    const never: RequestHandler = () => {
      throw new Error('must not run');
    };
    const passed = new Error('passed');
    expect(await run(series((_q, _s, next) => next(passed), never))).toBe(passed);
    const thrown = new Error('thrown');
    expect(
      await run(
        series(() => {
          throw thrown;
        }, never),
      ),
    ).toBe(thrown);
    const rejected = new Error('rejected');
    expect(await run(series(async () => Promise.reject(rejected), never))).toBe(rejected);
  });
});
