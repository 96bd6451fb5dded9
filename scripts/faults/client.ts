// The client side of the faults runs: a browser with a session cookie that binds itself to a seeded
// draft and posts the portal's real final submit (CSRF token, idempotency key).
import { submitKeyFor } from '../bench/seed.js'

const DONE = '/register/person/done'

/** What one attempt came to: acknowledged (the receipt page is next), or why not. */
export type Attempt =
  | { kind: 'ack'; ms: number }
  | {
      kind: 'status'
      status: number
      ms: number
      location?: string
      body: string
      /** The faults-only binding failed, not the portal's submit. */
      harness?: boolean
    }
  | { kind: 'network'; ms: number; error: string }

export class Browser {
  private cookies = new Map<string, string>()
  constructor(
    private readonly baseUrl: () => string,
    private readonly timeoutMs = 30_000,
  ) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  }

  /** Another browser tab on another instance: the same cookies. */
  copyCookiesFrom(other: Browser): void {
    this.cookies = new Map(other.cookies)
  }

  private take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const pair = line.split(';', 1)[0] ?? ''
      const eq = pair.indexOf('=')
      if (eq > 0) this.cookies.set(pair.slice(0, eq), pair.slice(eq + 1))
    }
  }

  async request(
    method: 'GET' | 'POST',
    path: string,
    form?: Record<string, string>,
  ): Promise<{ res: Response; body: string }> {
    const res = await fetch(`${this.baseUrl()}${path}`, {
      method,
      redirect: 'manual',
      signal: AbortSignal.timeout(this.timeoutMs),
      headers: {
        cookie: this.cookieHeader(),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(form ? { body: new URLSearchParams(form).toString() } : {}),
    })
    const body = await res.text()
    this.take(res)
    return { res, body }
  }

  /** Points this session at the draft and returns a CSRF token for its forms. */
  async bind(applicationId: string): Promise<string> {
    const { res, body } = await this.request('POST', `/faults/bind/${applicationId}`)
    if (res.status !== 200) throw new HttpStatusError(res.status, body)
    return (JSON.parse(body) as { csrf: string }).csrf
  }

  /** Binds and submits draft n; never throws. */
  async submitDraft(applicationId: string, n: number): Promise<Attempt> {
    const t0 = performance.now()
    const ms = () => Math.round(performance.now() - t0)
    try {
      const csrf = await this.bind(applicationId)
      const { res, body } = await this.request('POST', '/register/person/submit', {
        _csrf: csrf,
        submitKey: submitKeyFor(n),
      })
      const location = res.headers.get('location') ?? undefined
      if (res.status === 303 && location === DONE) return { kind: 'ack', ms: ms() }
      return {
        kind: 'status',
        status: res.status,
        ms: ms(),
        body: body.slice(0, 300),
        ...(location ? { location } : {}),
      }
    } catch (err) {
      if (err instanceof HttpStatusError)
        return {
          kind: 'status',
          status: err.status,
          ms: ms(),
          body: err.body.slice(0, 300),
          harness: true,
        }
      const e = err as { name?: string; message?: string; cause?: { code?: string } }
      return { kind: 'network', ms: ms(), error: e.cause?.code ?? e.name ?? String(err) }
    }
  }
}

export class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`HTTP ${status}`)
  }
}

/** Nearest-rank percentile of a list of numbers. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[rank] ?? 0
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))
