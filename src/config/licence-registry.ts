import { z } from 'zod'
import { ConfigError, parse, type Env } from './errors.js'

/**
 * The customs-broker licence registry. Without a base URL the bundled synthetic one answers
 * when the simulators are on; with neither, no licence can be confirmed (no broker decision).
 */
export interface LicenceRegistryConfig {
  baseUrl: string | undefined
  /** The bundled synthetic registry answers (simulators on, no base URL). */
  synthetic: boolean
  apiKey: string
  timeoutMs: number
  retries: number
}

/** LICENCE_REGISTRY_* (the base URL is required in production). */
export function licenceRegistrySettings(
  env: Env,
  o: { simulators: boolean; production: boolean },
): LicenceRegistryConfig {
  const baseUrl =
    env.LICENCE_REGISTRY_BASE_URL && env.LICENCE_REGISTRY_BASE_URL !== ''
      ? parse(
          'LICENCE_REGISTRY_BASE_URL',
          z.url({ protocol: /^https?$/ }),
          env.LICENCE_REGISTRY_BASE_URL,
        )
      : undefined
  if (baseUrl === undefined && o.production)
    throw new ConfigError('LICENCE_REGISTRY_BASE_URL', 'is required in production')
  return {
    baseUrl,
    synthetic: baseUrl === undefined && o.simulators,
    apiKey: env.LICENCE_REGISTRY_API_KEY ?? '',
    timeoutMs: parse(
      'LICENCE_REGISTRY_TIMEOUT_MS',
      z.coerce.number().int().min(100).max(60_000),
      env.LICENCE_REGISTRY_TIMEOUT_MS ?? '3000',
    ),
    retries: parse(
      'LICENCE_REGISTRY_RETRIES',
      z.coerce.number().int().min(0).max(5),
      env.LICENCE_REGISTRY_RETRIES ?? '1',
    ),
  }
}
