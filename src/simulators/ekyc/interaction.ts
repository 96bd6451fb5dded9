import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Kysely } from 'kysely'
import { errors, type Interaction, type Provider } from 'oidc-provider'
import type { VNode } from 'preact'
import { checkThaiId } from '../../platform/thai-id.js'
import { knownScopes, SIM_ACR } from './claims.js'
import { formTokenFor, subjectFor, type SimKeys } from './keys.js'
import { listedPerson, SIMULATOR_PEOPLE } from './people.js'
import { CSP } from './provider.js'
import type { SimDb } from './schema.js'
import { deletePending, findPending, rememberAccount, savePending } from './store.js'
import {
  ConsentPage,
  ErrorPage,
  OUTCOMES,
  render,
  SettingUpPage,
  WaitingPage,
  type Outcome,
} from './views.js'

export interface InteractionDeps {
  provider: Provider
  db: Kysely<SimDb>
  keys: SimKeys
  issuer: string
  firstTimeDelayMs: number
}

const DEFAULT_SERVICE = 'กรมศุลกากร — ระบบลงทะเบียนผู้ประกอบการออนไลน์'
const FORM_LIMIT = 16 * 1024

const ID_ERRORS = {
  required: { th: 'กรอกเลขประจำตัวประชาชน', en: 'Enter a national ID' },
  format: { th: 'เลขประจำตัวประชาชนต้องเป็นตัวเลข 13 หลัก', en: 'A national ID is 13 digits' },
  checksum: {
    th: 'เลขประจำตัวประชาชนไม่ถูกต้อง (เลขตรวจสอบหลักสุดท้ายไม่ตรง)',
    en: 'This national ID is not valid: its check digit does not match',
  },
} as const

type PageFn = (nonce: string) => VNode

function sendPage(res: ServerResponse, status: number, page: PageFn): void {
  const nonce = randomBytes(16).toString('base64')
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': CSP(nonce),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    // Not no-referrer: with it, browsers send `Origin: null` on the form post and the origin check fails.
    'Referrer-Policy': 'same-origin',
  })
  res.end(render(page(nonce)))
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { Location: location, 'Cache-Control': 'no-store', 'Content-Length': '0' })
  res.end()
}

const problem = (res: ServerResponse, status: number, th: string, en: string) =>
  sendPage(res, status, (nonce) => ErrorPage({ nonce, th, en }))

async function readForm(req: IncomingMessage): Promise<URLSearchParams | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > FORM_LIMIT) return undefined
    chunks.push(chunk as Buffer)
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'))
}

function sameToken(a: string, b: string): boolean {
  const [x, y] = [Buffer.from(a), Buffer.from(b)]
  return x.length === y.length && timingSafeEqual(x, y)
}

/** Serves /interaction/:uid, the simulated bank app's screens. */
export async function handleInteraction(
  d: InteractionDeps,
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
): Promise<void> {
  let details: Interaction
  try {
    details = await d.provider.interactionDetails(req, res)
  } catch (err) {
    if (!(err instanceof errors.SessionNotFound)) throw err
    return problem(
      res,
      400,
      'คำขอยืนยันตัวตนนี้หมดอายุหรือไม่พบ กลับไปที่บริการเพื่อเริ่มใหม่',
      'This verification request has expired or was not found. Return to the service and start again.',
    )
  }
  // The interaction cookie names one interaction; a page of another is stale or forged.
  if (details.uid !== uid) {
    return problem(
      res,
      400,
      'ลิงก์นี้ไม่ตรงกับคำขอที่กำลังดำเนินการ',
      'This link does not match the request in progress.',
    )
  }
  if (req.method === 'GET') return show(d, req, res, details)
  if (req.method === 'POST') return submit(d, req, res, details)
  res.writeHead(405, { Allow: 'GET, POST' }).end()
}

async function show(
  d: InteractionDeps,
  req: IncomingMessage,
  res: ServerResponse,
  details: Interaction,
): Promise<void> {
  const pending = await findPending(d.db, details.uid)
  if (pending?.outcome === 'timeout') return sendPage(res, 200, (nonce) => WaitingPage({ nonce }))
  if (pending?.outcome === 'first_time') {
    const leftMs = d.firstTimeDelayMs - pending.elapsedMs
    if (leftMs <= 0) {
      await approve(d, req, res, details, pending.nationalId, SIM_ACR.ial23)
      return deletePending(d.db, details.uid)
    }
    const secondsLeft = Math.ceil(leftMs / 1000)
    return sendPage(res, 200, (nonce) =>
      SettingUpPage({ nonce, secondsLeft, refreshSeconds: Math.min(5, secondsLeft) }),
    )
  }
  return sendPage(res, 200, await consentPage(d, details, {}))
}

async function consentPage(
  d: InteractionDeps,
  details: Interaction,
  form: {
    nationalId?: string
    selectedPerson?: string
    outcome?: Outcome
    idError?: { th: string; en: string }
  },
): Promise<PageFn> {
  const client = await d.provider.Client.find(String(details.params.client_id))
  const formToken = formTokenFor(d.keys, details.uid)
  const scopes = knownScopes(details.params.scope)
  const serviceName = client?.clientName ?? DEFAULT_SERVICE
  return (nonce) =>
    ConsentPage({
      nonce,
      uid: details.uid,
      formToken,
      serviceName,
      scopes,
      people: SIMULATOR_PEOPLE,
      ...form,
    })
}

async function submit(
  d: InteractionDeps,
  req: IncomingMessage,
  res: ServerResponse,
  details: Interaction,
): Promise<void> {
  // CSRF: the interaction cookie is SameSite=Lax, the form carries a token bound to this
  // interaction, and a browser's Origin header must be the simulator's own.
  const origin = req.headers.origin
  if (origin !== undefined && origin !== new URL(d.issuer).origin) {
    return problem(
      res,
      403,
      'คำขอนี้ไม่ได้มาจากหน้าของแอปจำลอง',
      'This request did not come from the simulator’s own page.',
    )
  }
  const form = await readForm(req)
  if (!form) return problem(res, 413, 'ข้อมูลที่ส่งมามีขนาดใหญ่เกินไป', 'The form is too large.')
  if (!sameToken(form.get('form_token') ?? '', formTokenFor(d.keys, details.uid))) {
    return problem(
      res,
      403,
      'แบบฟอร์มนี้หมดอายุ โปรดโหลดหน้าใหม่แล้วลองอีกครั้ง',
      'This form has expired. Reload the page and try again.',
    )
  }
  // A second submit (back button, double tap) changes nothing once an outcome is pending.
  if (await findPending(d.db, details.uid)) return redirect(res, `/interaction/${details.uid}`)

  const outcome = OUTCOMES.find((o) => o === form.get('outcome'))
  const typed = (form.get('national_id') ?? '').trim()
  const selectedPerson = form.get('person') ?? undefined
  if (!outcome) return problem(res, 400, 'โปรดเลือกผลที่ต้องการจำลอง', 'Choose an outcome to simulate.')

  let nationalId: string
  if (typed !== '') {
    const checked = checkThaiId(typed)
    if (!checked.ok) {
      const idError = ID_ERRORS[checked.problem]
      return sendPage(
        res,
        400,
        await consentPage(d, details, { nationalId: typed, selectedPerson, outcome, idError }),
      )
    }
    nationalId = checked.id
  } else {
    const person = selectedPerson === undefined ? undefined : listedPerson(selectedPerson)
    if (!person)
      return problem(
        res,
        400,
        'โปรดเลือกบุคคลหรือกรอกเลขประจำตัวประชาชน',
        'Choose a person or type a national ID.',
      )
    nationalId = person.nationalId
  }

  switch (outcome) {
    case 'approve':
      return approve(d, req, res, details, nationalId, SIM_ACR.ial23)
    case 'low':
      return approve(d, req, res, details, nationalId, SIM_ACR.low)
    case 'decline': {
      const result = {
        error: 'access_denied',
        error_description: 'The user declined the request in the bank app',
      }
      return redirect(
        res,
        await d.provider.interactionResult(req, res, result, { mergeWithLastSubmission: false }),
      )
    }
    case 'timeout':
    case 'first_time':
      await savePending(d.db, details.uid, outcome, nationalId, new Date(details.exp * 1000))
      return redirect(res, `/interaction/${details.uid}`)
  }
}

/** Logs the person in with the given assurance level and grants every requested scope. */
async function approve(
  d: InteractionDeps,
  req: IncomingMessage,
  res: ServerResponse,
  details: Interaction,
  nationalId: string,
  acr: string,
): Promise<void> {
  const sub = subjectFor(d.keys, nationalId)
  await rememberAccount(d.db, sub, nationalId)
  const grant = new d.provider.Grant({ accountId: sub, clientId: String(details.params.client_id) })
  grant.addOIDCScope(knownScopes(details.params.scope).join(' '))
  const grantId = await grant.save()
  const result = { login: { accountId: sub, acr, remember: false }, consent: { grantId } }
  redirect(
    res,
    await d.provider.interactionResult(req, res, result, { mergeWithLastSubmission: false }),
  )
}
