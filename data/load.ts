import type { z } from 'zod';
import { MetricsSchema } from './schema';

/** Thrown when the data does not match its schema; the message names each bad entry and field, or file, line and column. */
export class MetricsError extends Error {}

/** Parses raw metrics, turning zod's issues into lines like `figures[3] "troops-sent".value: expected number`. */
export function parseMetrics(raw: unknown): z.output<typeof MetricsSchema> {
  const result = MetricsSchema.safeParse(raw);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${describePath(raw, issue.path)}: ${issue.message}`);
  throw new MetricsError(`The metrics data is invalid:\n${lines.join('\n')}`);
}

function describePath(raw: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = raw;
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') {
      out += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      const id = (node as { id?: unknown } | undefined)?.id;
      if (typeof id === 'string') out += ` "${id}"`;
    } else {
      out += `${out ? '.' : ''}${String(key)}`;
      node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    }
  }
  return out || '(root)';
}
