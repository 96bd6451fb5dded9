import { parseJuristicPerson } from './wire.js'
import type { JuristicPerson } from './types.js'

export type LookupResult =
  | { status: 'found'; company: JuristicPerson }
  | { status: 'not_found' }
  | { status: 'unavailable'; reason: string }

/** DBD as the portal sees it. `unavailable` means "ask again later", never "does not exist". */
export interface RegistryAdapter {
  lookupJuristicPerson(id: string): Promise<LookupResult>
}

/** An adapter over an in-memory registry (the synthetic one in tests, demos and development). */
export function createSyntheticAdapter(
  registry: ReadonlyMap<string, JuristicPerson>,
): RegistryAdapter {
  return {
    lookupJuristicPerson(id) {
      const company = registry.get(id)
      // A copy, so a caller cannot change the shared registry through the result.
      return Promise.resolve(
        company ? { status: 'found', company: structuredClone(company) } : { status: 'not_found' },
      )
    },
  }
}

export interface HttpAdapterOptions {
  baseUrl: string
  apiKey: string
  /** Per attempt. */
  timeoutMs: number
  /** Further attempts after the first, on network errors, timeouts, 429 and 5xx. */
  retries: number
  /** How long a found / not-found answer is reused. */
  cacheTtlMs: number
  /** Opens after `failures` consecutive failed lookups; one trial is let through after `resetMs`. */
  breaker: { failures: number; resetMs: number }
  /** First backoff; doubles per retry. */
  backoffMs?: number
  /** Bounds memory; the oldest entry goes first. */
  cacheMaxEntries?: number
  now?: () => number
}

type Attempt = LookupResult | { status: 'retry'; reason: string }

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** An adapter over DBD's HTTP API with timeouts, retries, a cache and a circuit breaker. */
export function createHttpAdapter(options: HttpAdapterOptions): RegistryAdapter {
  const now = options.now ?? Date.now
  const backoffMs = options.backoffMs ?? 100
  const maxEntries = options.cacheMaxEntries ?? 1000
  const cache = new Map<string, { result: LookupResult; expires: number }>()
  const breaker = { failures: 0, openUntil: 0, trialInFlight: false }

  async function attempt(id: string): Promise<Attempt> {
    const url = `${options.baseUrl.replace(/\/$/, '')}/juristic-persons/${id}`
    let response: Response
    try {
      response = await fetch(url, {
        headers: { accept: 'application/json', 'x-api-key': options.apiKey },
        signal: AbortSignal.timeout(options.timeoutMs),
      })
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError'
      return { status: 'retry', reason: timedOut ? 'timeout' : 'network error' }
    }
    if (response.status === 404) {
      await response.body?.cancel()
      return { status: 'not_found' }
    }
    if (response.status === 429 || response.status >= 500) {
      await response.body?.cancel()
      return { status: 'retry', reason: `HTTP ${response.status}` }
    }
    if (response.status !== 200) {
      // 401/403/400 will not get better by asking again: a configuration problem.
      await response.body?.cancel()
      return { status: 'unavailable', reason: `HTTP ${response.status}` }
    }
    let body: unknown
    try {
      body = await response.json()
    } catch {
      return { status: 'retry', reason: 'unreadable body' }
    }
    const company = parseJuristicPerson(body)
    if (!company || company.id !== id) return { status: 'unavailable', reason: 'malformed body' }
    return { status: 'found', company }
  }

  async function fetchWithRetries(id: string): Promise<LookupResult> {
    let reason = 'no attempt'
    for (let i = 0; i <= options.retries; i++) {
      if (i > 0) await sleep(backoffMs * 2 ** (i - 1))
      const result = await attempt(id)
      if (result.status !== 'retry') return result
      reason = result.reason
    }
    return { status: 'unavailable', reason }
  }

  function remember(id: string, result: LookupResult): void {
    if (result.status === 'unavailable') return
    cache.delete(id)
    cache.set(id, { result, expires: now() + options.cacheTtlMs })
    // Maps iterate in insertion order, so the first key is the oldest.
    const oldest = cache.keys().next()
    if (cache.size > maxEntries && !oldest.done) cache.delete(oldest.value)
  }

  return {
    async lookupJuristicPerson(id) {
      // Only well-formed IDs reach DBD; anything else cannot be a registered juristic person.
      if (!/^\d{13}$/.test(id)) return { status: 'not_found' }
      const hit = cache.get(id)
      if (hit && hit.expires > now()) return structuredClone(hit.result)
      if (hit) cache.delete(id)

      const open = breaker.failures >= options.breaker.failures
      if (open && (now() < breaker.openUntil || breaker.trialInFlight)) {
        return { status: 'unavailable', reason: 'circuit open' }
      }
      // Half-open: this lookup is the single trial; others fail fast until it settles.
      if (open) breaker.trialInFlight = true
      try {
        const result = await fetchWithRetries(id)
        if (result.status === 'unavailable') {
          breaker.failures += 1
          if (breaker.failures >= options.breaker.failures) {
            breaker.openUntil = now() + options.breaker.resetMs
          }
        } else {
          breaker.failures = 0
        }
        remember(id, result)
        return structuredClone(result)
      } finally {
        if (open) breaker.trialInFlight = false
      }
    },
  }
}
