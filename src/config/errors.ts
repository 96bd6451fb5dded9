import { z } from 'zod'

/** Raised when the environment is invalid; names the variable so that the operator can fix it. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`)
    this.name = 'ConfigError'
  }
}

export type Env = Record<string, string | undefined>

export const portSchema = z.coerce.number().int().min(0).max(65535)

/** The value checked by schema, or a ConfigError naming the variable. */
export function parse<T>(variable: string, schema: z.ZodType<T>, raw: unknown): T {
  const result = schema.safeParse(raw)
  if (!result.success) {
    throw new ConfigError(variable, result.error.issues.map((i) => i.message).join('; '))
  }
  return result.data
}

/** A JSON object of values checked by valueSchema; fallback when the variable is unset or empty. */
export function jsonRecord<T>(
  variable: string,
  raw: string | undefined,
  fallback: Record<string, T>,
  valueSchema: z.ZodType<T>,
): Record<string, T> {
  if (raw === undefined || raw === '') return fallback
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    throw new ConfigError(variable, 'must be a JSON object')
  }
  return parse(variable, z.record(z.string(), valueSchema), parsed)
}
