import type { Request } from 'express';
import type { z } from 'zod';
import { isProviderId, type ProviderId } from '../../../shared/api';
import { AppError } from '../../errors/app-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function providerParam(req: Request): ProviderId {
  const id = String(req.params.provider);
  if (!isProviderId(id)) throw new AppError('bad_request', 'No such integration.', { status: 404 });
  return id;
}

export function audienceParam(req: Request): string {
  const id = String(req.params.id);
  if (!UUID.test(id)) throw new AppError('bad_request', 'No such audience.', { status: 404 });
  return id.toLowerCase();
}

/** Parses with the schema or answers 400 `bad_request` naming the first problem. */
export function parse<S extends z.ZodTypeAny>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data as z.infer<S>;
  const issue = parsed.error.issues[0]!;
  throw new AppError('bad_request', `${what}${issue.path.length ? ` ${issue.path.join('.')}` : ''}: ${issue.message}.`);
}

export const GUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
