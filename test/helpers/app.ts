import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import { buildApp } from '../../src/app.js'
import { loadConfig, type Config } from '../../src/config.js'
import type { Registry } from '../../src/features/registry-dbd/index.js'
import type { Database } from '../../src/platform/db/database.js'

/** A development-mode configuration with its own secrets folder. */
export function testConfig(env: Record<string, string> = {}): Config {
  const dataDir = mkdtempSync(join(tmpdir(), 'ctp-test-'))
  return loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...env,
  })
}

/** The real application on a test database; extra routes may be added before ready(). */
export async function buildTestApp(
  database: Database,
  opts: { config?: Config; logger?: FastifyBaseLogger; registry?: Registry } = {},
): Promise<FastifyInstance> {
  return buildApp({
    config: opts.config ?? testConfig(),
    database,
    ...(opts.logger ? { logger: opts.logger } : {}),
    ...(opts.registry ? { registry: opts.registry } : {}),
    limits: { postsPerMinute: 10_000, readsPerMinute: 10_000, postsPerMinutePerAddress: 10_000 },
  })
}

/** Cookies from a response, as a Cookie header value, merged over earlier ones. */
export function cookieJar() {
  const jar = new Map<string, string>()
  return {
    take(res: { cookies: { name: string; value: string }[] }) {
      for (const c of res.cookies) jar.set(c.name, c.value)
    },
    header(): string {
      return [...jar].map(([k, v]) => `${k}=${v}`).join('; ')
    },
    get(name: string) {
      return jar.get(name)
    },
  }
}

/** The CSRF token in a page's form. */
export function csrfFrom(html: string): string {
  const m = /name="_csrf" value="([^"]+)"/.exec(html)
  if (!m?.[1]) throw new Error('no CSRF field on the page')
  return m[1]
}
