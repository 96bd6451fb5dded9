import { z } from 'zod'
import { ConfigError, parse, type Env } from './errors.js'

/** The business registry (DBD). Without a base URL the bundled synthetic registry answers. */
export interface DbdConfig {
  baseUrl: string | undefined
  apiKey: string
  timeoutMs: number
  retries: number
  cacheTtlMs: number
  /** Seed of the synthetic registry (simulators only). */
  syntheticSeed: number
}

/** DBD_* (the base URL is required when the simulators are off). */
export function dbdSettings(env: Env, simulators: boolean): DbdConfig {
  const dbdBaseUrl =
    env.DBD_BASE_URL && env.DBD_BASE_URL !== ''
      ? parse('DBD_BASE_URL', z.url({ protocol: /^https?$/ }), env.DBD_BASE_URL)
      : undefined
  if (dbdBaseUrl === undefined && !simulators)
    throw new ConfigError('DBD_BASE_URL', 'is required when the simulators are off')
  return {
    baseUrl: dbdBaseUrl,
    apiKey: env.DBD_API_KEY ?? '',
    timeoutMs: parse(
      'DBD_TIMEOUT_MS',
      z.coerce.number().int().min(100).max(60_000),
      env.DBD_TIMEOUT_MS ?? '3000',
    ),
    retries: parse('DBD_RETRIES', z.coerce.number().int().min(0).max(5), env.DBD_RETRIES ?? '2'),
    cacheTtlMs:
      parse(
        'DBD_CACHE_TTL_SECONDS',
        z.coerce.number().int().min(0).max(86_400),
        env.DBD_CACHE_TTL_SECONDS ?? '300',
      ) * 1000,
    syntheticSeed: parse(
      'DBD_SYNTHETIC_SEED',
      z.coerce.number().int().min(1),
      env.DBD_SYNTHETIC_SEED ?? '1',
    ),
  }
}
