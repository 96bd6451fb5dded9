import type { LicenceRegistryConfig } from '../../../config.js'
import { answerLicenceCheck } from './synthetic.js'
import {
  LICENCE_CHECK_PATH,
  licenceCheckResponse,
  type LicenceAnswer,
  type LicenceCheckRequest,
} from './wire.js'

export type LicenceLookup =
  { status: 'answered'; answer: LicenceAnswer } | { status: 'unavailable'; reason: string }

/** The customs-broker licence registry as the portal sees it. `unavailable`: ask again later. */
export interface LicenceRegistry {
  check(request: LicenceCheckRequest): Promise<LicenceLookup>
  /** Recorded with each decision: which registry answered. */
  source: 'synthetic' | 'http' | 'none'
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** The registry over HTTP, with a timeout per attempt and retries on network errors and 5xx. */
export function createHttpLicenceRegistry(o: {
  baseUrl: string
  apiKey: string
  timeoutMs: number
  retries: number
}): LicenceRegistry {
  async function attempt(
    request: LicenceCheckRequest,
  ): Promise<LicenceLookup | { status: 'retry'; reason: string }> {
    let response: Response
    try {
      response = await fetch(`${o.baseUrl.replace(/\/+$/, '')}${LICENCE_CHECK_PATH}`, {
        method: 'POST',
        headers: {
          accept: 'application/json',
          'content-type': 'application/json',
          'x-api-key': o.apiKey,
        },
        body: JSON.stringify(request),
        signal: AbortSignal.timeout(o.timeoutMs),
      })
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError'
      return { status: 'retry', reason: timedOut ? 'timeout' : 'network error' }
    }
    if (response.status === 429 || response.status >= 500) {
      await response.body?.cancel()
      return { status: 'retry', reason: `HTTP ${response.status}` }
    }
    if (response.status !== 200) {
      await response.body?.cancel()
      return { status: 'unavailable', reason: `HTTP ${response.status}` }
    }
    let body: unknown
    try {
      body = await response.json()
    } catch {
      return { status: 'retry', reason: 'unreadable body' }
    }
    const parsed = licenceCheckResponse.safeParse(body)
    // A decision is made on this answer: a malformed one is no answer at all.
    if (!parsed.success || parsed.data.licenceNumber !== request.licenceNumber)
      return { status: 'unavailable', reason: 'malformed body' }
    return { status: 'answered', answer: parsed.data }
  }
  return {
    source: 'http',
    async check(request) {
      let reason = 'no attempt'
      for (let i = 0; i <= o.retries; i++) {
        if (i > 0) await sleep(100 * 2 ** (i - 1))
        const result = await attempt(request)
        if (result.status !== 'retry') return result
        reason = result.reason
      }
      return { status: 'unavailable', reason }
    },
  }
}

/** The bundled synthetic registry in the process (the SIMULATOR's data, without HTTP). */
export function createSyntheticLicenceRegistry(
  now: () => Date = () => new Date(),
): LicenceRegistry {
  return {
    source: 'synthetic',
    check: (request) =>
      Promise.resolve({ status: 'answered', answer: answerLicenceCheck(request, now()) }),
  }
}

/**
 * Over HTTP when a base URL is configured, else the bundled synthetic registry (simulators
 * only); with neither, every check is unavailable — nobody is approved on invented data.
 */
export function createLicenceRegistry(
  config: LicenceRegistryConfig,
  now: () => Date = () => new Date(),
): LicenceRegistry {
  if (config.baseUrl)
    return createHttpLicenceRegistry({
      baseUrl: config.baseUrl,
      apiKey: config.apiKey,
      timeoutMs: config.timeoutMs,
      retries: config.retries,
    })
  if (config.synthetic) return createSyntheticLicenceRegistry(now)
  return {
    source: 'none',
    check: () => Promise.resolve({ status: 'unavailable', reason: 'not configured' }),
  }
}
