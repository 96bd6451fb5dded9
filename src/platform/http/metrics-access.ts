import { createHash, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Registry } from 'prom-client'

const digest = (value: string) => createHash('sha256').update(value).digest()

/** True when the Authorization header carries this bearer token (compared in constant time). */
export function hasBearer(headers: IncomingHttpHeaders, token: string): boolean {
  const header = headers.authorization
  if (typeof header !== 'string') return false
  const match = /^Bearer +(\S+)$/i.exec(header.trim())
  return match?.[1] !== undefined && timingSafeEqual(digest(match[1]), digest(token))
}

export interface MetricsListener {
  address(): AddressInfo
  close(): Promise<void>
}

/**
 * A listener of its own that serves only GET /metrics (METRICS_PORT, on METRICS_HOST), so that the
 * scraper reaches the figures without them being on the public listener.
 */
export async function startMetricsListener(opts: {
  register: Registry
  host: string
  port: number
  token: string | undefined
}): Promise<MetricsListener> {
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '').split('?')[0]
    if (request.method !== 'GET' || path !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n')
      return
    }
    if (opts.token !== undefined && !hasBearer(request.headers, opts.token)) {
      response
        .writeHead(401, { 'content-type': 'text/plain', 'www-authenticate': 'Bearer' })
        .end('unauthorised\n')
      return
    }
    opts.register.metrics().then(
      (body) => response.writeHead(200, { 'content-type': opts.register.contentType }).end(body),
      () => response.writeHead(500, { 'content-type': 'text/plain' }).end('error\n'),
    )
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  return {
    address: () => server.address() as AddressInfo,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
