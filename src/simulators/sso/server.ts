import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { Kysely } from 'kysely'
import { errors, type Provider } from 'oidc-provider'
import type { Logger } from 'pino'
import type { DB, EthicsTables } from '../../platform/db/schema.js'
import { createLogger } from '../../platform/logger.js'
import { loadKeys, type SimKeys } from '../ekyc/keys.js'
import type { SimTables } from '../ekyc/schema.js'
import { createSsoProvider, SSO_COOKIES, SSO_CSP, type SsoClient } from './provider.js'
import { ErrorPage, render, SignInPage, type SampleOfficer } from './views.js'

export interface SsoSimulatorOptions {
  /** An origin without a path, e.g. 'http://localhost:3002'. */
  issuer: string
  host: string
  port: number
  db: Kysely<DB>
  clients: SsoClient[]
  logger?: Logger
}

export interface SsoSimulator {
  url: string
  close(): Promise<void>
}

const INTERACTION = /^\/interaction\/([A-Za-z0-9_-]{1,64})$/
const STAFF_NUMBER = /^[0-9A-Z]{3,12}$/

function send(res: ServerResponse, status: number, page: (nonce: string) => string) {
  const nonce = randomBytes(16).toString('base64')
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': SSO_CSP(nonce),
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'same-origin',
  })
  res.end(page(nonce))
}

const formToken = (keys: SimKeys, uid: string) =>
  createHmac('sha256', keys.formKey).update(`sso-form:${uid}`).digest('base64url')

async function readForm(req: IncomingMessage): Promise<URLSearchParams | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > 8 * 1024) return undefined
    chunks.push(chunk as Buffer)
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'))
}

/** Twelve active officers of the portal's directory, to pick from. */
async function sampleOfficers(db: Kysely<DB>): Promise<SampleOfficer[]> {
  const rows = await db
    .withTables<EthicsTables>()
    .selectFrom('staff_members')
    .select(['staff_number', 'title', 'first_name', 'last_name', 'unit_code'])
    .where('status', '<>', 'left')
    .orderBy('staff_number')
    .limit(12)
    .execute()
  return rows.map((r) => ({
    staffNumber: r.staff_number,
    name: `${r.title}${r.first_name} ${r.last_name}`,
    unit: r.unit_code,
  }))
}

async function interaction(
  d: { provider: Provider; db: Kysely<DB>; keys: SimKeys; issuer: string },
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
) {
  const problem = (th: string, en: string, status = 400) =>
    send(res, status, (nonce) => render(ErrorPage({ nonce, th, en })))
  let details
  try {
    details = await d.provider.interactionDetails(req, res)
  } catch (err) {
    if (!(err instanceof errors.SessionNotFound)) throw err
    return problem('คำขอนี้หมดอายุหรือไม่พบ', 'This request has expired or was not found.')
  }
  if (details.uid !== uid)
    return problem('ลิงก์นี้ไม่ตรงกับคำขอ', 'This link does not match the request.')
  const token = formToken(d.keys, uid)
  const page = async (typed?: string, error?: boolean) => {
    const officers = await sampleOfficers(d.db)
    send(res, error ? 400 : 200, (nonce) =>
      render(SignInPage({ nonce, uid, formToken: token, officers, typed, error })),
    )
  }
  if (req.method === 'GET') return page()
  if (req.method !== 'POST') return void res.writeHead(405, { Allow: 'GET, POST' }).end()
  const origin = req.headers.origin
  if (origin !== undefined && origin !== new URL(d.issuer).origin)
    return problem(
      'คำขอนี้ไม่ได้มาจากหน้าของระบบจำลอง',
      'This request did not come from the simulator.',
      403,
    )
  const form = await readForm(req)
  const sent = Buffer.from(form?.get('form_token') ?? '')
  if (!form || sent.length !== token.length || !timingSafeEqual(sent, Buffer.from(token)))
    return problem('แบบฟอร์มนี้หมดอายุ', 'This form has expired.', 403)
  const typed = (form.get('typed') ?? '').trim().toUpperCase()
  const staffNumber = typed !== '' ? typed : (form.get('staff') ?? '')
  if (!STAFF_NUMBER.test(staffNumber)) return page(typed, true)
  const grant = new d.provider.Grant({
    accountId: staffNumber,
    clientId: String(details.params.client_id),
  })
  grant.addOIDCScope('openid staff')
  const grantId = await grant.save()
  const amr = form.get('mfa') === 'yes' ? ['pwd', 'otp'] : ['pwd']
  const location = await d.provider.interactionResult(
    req,
    res,
    { login: { accountId: staffNumber, amr, remember: false }, consent: { grantId } },
    { mergeWithLastSubmission: false },
  )
  res.writeHead(303, { Location: location, 'Cache-Control': 'no-store' }).end()
}

/** Starts the agency SSO SIMULATOR on its own port (never in production). */
export async function startSsoServer(opts: SsoSimulatorOptions): Promise<SsoSimulator> {
  const logger = opts.logger ?? createLogger({ level: 'warn' })
  const db = opts.db.withTables<SimTables>()
  const keys = await loadKeys(db)
  const provider = createSsoProvider({
    issuer: opts.issuer,
    db,
    directory: opts.db,
    keys,
    clients: opts.clients,
    logger,
  })
  const oidc = provider.callback()
  const deps = { provider, db: opts.db, keys, issuer: opts.issuer }
  const server = createServer((req, res) => {
    // No remembered SSO session: each sign-in asks who is signing in.
    if (req.headers.cookie)
      req.headers.cookie = req.headers.cookie
        .split(';')
        .filter((c) => !c.trim().startsWith(SSO_COOKIES.session))
        .join(';')
    const m = INTERACTION.exec(new URL(req.url ?? '/', opts.issuer).pathname)
    const run = m?.[1] ? interaction(deps, req, res, m[1]) : Promise.resolve(oidc(req, res))
    run.catch((err: unknown) => {
      logger.error({ err }, 'SSO simulator: request failed')
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
      res.end('SSO simulator error')
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  logger.info({ issuer: opts.issuer }, 'agency SSO SIMULATOR listening (not the real SSO)')
  return {
    url: opts.issuer,
    async close() {
      await new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()))
        server.closeAllConnections()
      })
    },
  }
}
