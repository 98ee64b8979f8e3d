/**
 * The building blocks of every setting: zod fields that read an environment variable the
 * same way everywhere (trimmed, `NAME=` as unset, a named problem for a bad value), and
 * settings groups, each a schema validated together with its cross-field checks. The base
 * settings (config.ts) are one group; each platform's own variables are another, declared
 * in its folder, so adding a platform adds its settings without touching this layer.
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export type Env = Record<string, string | undefined>;

export const optionalText = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));

/** A setting whose empty value (`NAME=` in .env) means "use the default". */
export const textWithDefault = (fallback: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v?.trim() ? v.trim() : fallback));

export const list = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

export const TRUE = ['true', '1', 'yes', 'on'];
export const FALSE = ['false', '0', 'no', 'off'];

export const bool = (fallback: boolean) =>
  z
    .string()
    .optional()
    .transform((v, ctx): boolean => {
      const value = (v ?? '').trim().toLowerCase();
      if (value === '') return fallback;
      if (TRUE.includes(value)) return true;
      if (FALSE.includes(value)) return false;
      ctx.addIssue({ code: 'custom', message: `must be true or false (or 1/0, yes/no, on/off), not ${JSON.stringify(v)}` });
      return z.NEVER;
    });

/** A whole number in [min, max]; only decimal digits (no "0x10", "1e3" or "80.5"). */
export const int = (fallback: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx): number => {
      const value = (v ?? '').trim();
      if (value === '') return fallback;
      const n = /^\d+$/.test(value) ? Number(value) : NaN;
      if (Number.isSafeInteger(n) && n >= min && n <= max) return n;
      ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max}, not ${JSON.stringify(v)}` });
      return z.NEVER;
    });

/** The value as a URL when it parses and its protocol is one of `protocols` ('https:'); null otherwise. */
export function urlOf(value: string, protocols: readonly string[]): URL | null {
  try {
    const url = new URL(value);
    return protocols.includes(url.protocol) ? url : null;
  } catch {
    return null;
  }
}

/** An http(s) base URL; trailing slashes are dropped (both SDKs add their own). */
export const httpUrl = (example: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx): string | undefined => {
      const value = (v ?? '').trim();
      if (value === '') return undefined;
      if (!urlOf(value, ['http:', 'https:'])) {
        ctx.addIssue({ code: 'custom', message: `must be an http(s) URL such as ${example}, not ${JSON.stringify(v)}` });
        return z.NEVER;
      }
      return value.replace(/\/+$/, '');
    });

/** A group of settings read and checked together: its variables, and its value or every problem, each naming its variable. */
export interface SettingsGroup<S> {
  /** Every variable the group reads: its schema's keys. */
  readonly variables: readonly string[];
  /** The file of the module that declares it, when given: its code decides what the variables mean. */
  readonly source?: string;
  read(source: Env): { ok: true; settings: S } | { ok: false; problems: string[] };
}

export interface GroupOptions<Shape extends z.ZodRawShape> {
  /** Checks across fields, on the raw (trimmed) values: they run even when a field is invalid, so one start reports every problem. */
  check?: (raw: Partial<Record<keyof Shape, string>>) => string[];
  /** Checks across fields, on the validated values: they run once every field is valid, so no rule parses a raw value again. */
  refine?: (values: z.output<z.ZodObject<Shape>>) => string[];
  /** `import.meta.url` of the declaring module (see SettingsGroup.source). */
  module?: string;
}

/** A group from a schema of fields and a builder of its settings from the validated values. */
export function settingsGroup<Shape extends z.ZodRawShape, S>(
  shape: Shape,
  build: (values: z.output<z.ZodObject<Shape>>) => S,
  options: GroupOptions<Shape> = {},
): SettingsGroup<S> {
  const schema = z.object(shape);
  const variables = Object.keys(shape);
  const check = options.check ?? (() => []);
  return {
    variables,
    ...(options.module ? { source: fileURLToPath(options.module) } : {}),
    read(source) {
      const parsed = schema.safeParse(source);
      const raw: Partial<Record<keyof Shape, string>> = {};
      for (const name of variables as Array<keyof Shape & string>) {
        const value = source[name]?.trim();
        if (value) raw[name] = value;
      }
      const problems = [
        ...(parsed.success
          ? (options.refine?.(parsed.data) ?? [])
          : parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`)),
        ...check(raw),
      ];
      if (problems.length || !parsed.success) return { ok: false, problems };
      return { ok: true, settings: build(parsed.data) };
    },
  };
}
