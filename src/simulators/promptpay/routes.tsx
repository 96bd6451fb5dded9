import { randomBytes } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import QRCode from 'qrcode'
import {
  bahtText,
  parseBillPayment,
  PAYMENT_PATHS,
  SIGNATURE_HEADER,
  signCallback,
  type PaymentCallback,
} from '../../features/payments/index.js'
import { formText, type FormBody } from '../../platform/form.js'
import { pageContext } from '../../platform/http/page-context.js'
import type { Clock } from '../../platform/jobs/index.js'
import { promptPayMessages } from './messages.js'
import { PROMPTPAY_SIMULATOR_PATHS } from './paths.js'
import { BankAppPage } from './views.js'

/** Sends one signed notification to the portal; answers its status and body. */
export type Deliver = (
  url: string,
  body: string,
  headers: Record<string, string>,
) => Promise<{ status: number; body: string }>

/** Only a path of the portal's own pages, never elsewhere. */
function safeReturn(value: unknown): string | undefined {
  return typeof value === 'string' && /^\/account\/[A-Za-z0-9/_-]{1,200}$/.test(value)
    ? value
    : undefined
}

/**
 * SIMULATOR: a bank's app paying a Thai QR bill: it reads the scanned payload (CRC checked),
 * then pays, declines, or pays twice, each payment a notification signed with the shared secret
 * (HMAC-SHA256 over the raw body) posted to the portal's callback. Never in production.
 */
export async function promptPaySimulatorRoutes(
  app: FastifyInstance,
  opts: { callbackSecret: string; clock: Clock; deliver?: Deliver },
): Promise<void> {
  // The notification goes through the portal's whole HTTP stack, in-process (ADR 20).
  const deliver: Deliver =
    opts.deliver ??
    (async (url, body, headers) => {
      const res = await app.inject({ method: 'POST', url, payload: body, headers })
      return { status: res.statusCode, body: res.body }
    })
  async function show(
    request: FastifyRequest,
    reply: FastifyReply,
    q: { qr: string; returnTo?: string; result?: string },
  ) {
    const bill = parseBillPayment(q.qr)
    const ctx = pageContext(request, reply, { forms: true, status: bill ? 200 : 400 })
    const m = promptPayMessages(ctx.locale)
    const [kind, answer] = q.result ? q.result.split(':', 2) : []
    const result =
      kind === 'paid' || kind === 'twice'
        ? m(kind === 'paid' ? 'result.paid' : 'result.twice', {
            answer: (answer ?? '').replace(/[^a-z0-9_,]/g, ''),
          })
        : kind === 'declined'
          ? m('result.declined')
          : undefined
    return reply.page(
      <BankAppPage
        ctx={ctx}
        qr={q.qr}
        bill={bill}
        qrDataUrl={bill ? await QRCode.toDataURL(q.qr, { margin: 2, width: 240 }) : undefined}
        returnTo={q.returnTo}
        result={result}
      />,
      bill ? 200 : 400,
    )
  }

  app.get<{ Querystring: { qr?: string; return?: string; result?: string } }>(
    PROMPTPAY_SIMULATOR_PATHS.page,
    async (request, reply) => {
      const result = request.query.result
      return show(request, reply, {
        qr: typeof request.query.qr === 'string' ? request.query.qr.slice(0, 512) : '',
        returnTo: safeReturn(request.query.return),
        ...(typeof result === 'string' ? { result: result.slice(0, 100) } : {}),
      })
    },
  )

  app.post<{ Body: FormBody }>(PROMPTPAY_SIMULATOR_PATHS.page, async (request, reply) => {
    const body = request.body ?? {}
    const qr = formText(body, 'qr').slice(0, 512)
    const returnTo = safeReturn(body.return)
    const outcome = formText(body, 'outcome')
    const bill = parseBillPayment(qr)
    if (!bill || !['pay', 'fail', 'twice'].includes(outcome))
      return show(request, reply, { qr, returnTo })
    const answers: string[] = []
    if (outcome !== 'fail')
      for (let i = 0; i < (outcome === 'twice' ? 2 : 1); i++) {
        const notification: PaymentCallback = {
          transactionId: `SIM${randomBytes(8).toString('hex').toUpperCase()}`,
          billerId: bill.billerId,
          ref1: bill.ref1,
          ref2: bill.ref2,
          amount: bahtText(bill.amountSatang),
          currency: '764',
          paidAt: opts.clock.now().toISOString(),
        }
        const raw = JSON.stringify(notification)
        const res = await deliver(PAYMENT_PATHS.callback, raw, {
          'content-type': 'application/json',
          [SIGNATURE_HEADER]: signCallback(opts.callbackSecret, raw),
        })
        request.log.warn(
          { status: res.status, ref1: bill.ref1 },
          'SIMULATOR: a PromptPay payment notification was sent',
        )
        answers.push(
          res.status === 200
            ? (JSON.parse(res.body) as { outcome: string }).outcome
            : `refused_${res.status}`,
        )
      }
    const result =
      outcome === 'fail'
        ? 'declined'
        : `${outcome === 'pay' ? 'paid' : 'twice'}:${answers.join(',')}`
    const q = new URLSearchParams({ qr, result, ...(returnTo ? { return: returnTo } : {}) })
    return reply.redirect(`${PROMPTPAY_SIMULATOR_PATHS.page}?${q.toString()}`, 303)
  })
}
