/**
 * The parts of an entry that passed their schema while another part failed, so the checks that
 * need parsed data (references, dataset tables) still run on them: one run reports everything.
 */
import type { z } from 'zod';

/** Strip optional/default/pipe wrappers to reach the schema that holds fields or items. */
export function unwrap(schema: unknown): unknown {
  let current = schema as { def?: Record<string, unknown> } | undefined;
  while (current?.def && ['optional', 'default', 'nullable', 'prefault', 'pipe'].includes(current.def.type as string)) {
    current = (current.def.innerType ?? current.def.out) as typeof current;
  }
  return current;
}

/** A field's value: parsed when it passes its schema; a list item by item, each parsed or left as written; else the value the schema gives a missing field (a default), or the value as written. */
function salvageField(schema: z.ZodType, value: unknown): unknown {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const def = (unwrap(schema) as { def?: { type?: string; element?: z.ZodType } }).def;
  if (def?.type === 'array' && def.element && Array.isArray(value)) {
    const element = def.element;
    return value.map((item) => {
      const result = element.safeParse(item);
      return result.success ? result.data : item;
    });
  }
  const absent = schema.safeParse(undefined);
  return absent.success ? absent.data : value;
}

/** An entry's data with every top-level field salvaged on its own, for an entry that failed its schema as a whole. */
export function salvage(schema: z.ZodType, data: unknown): Record<string, unknown> {
  const shape = ((unwrap(schema) as { def?: { shape?: Record<string, z.ZodType> } }).def?.shape ?? {}) as Record<string, z.ZodType>;
  const record = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  return Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, salvageField(field, record[key])]));
}
