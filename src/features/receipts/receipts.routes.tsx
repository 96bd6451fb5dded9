import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import { pageContext } from '../../platform/http/page-context.js'
import { receiptMessages } from './receipts.messages.js'
import { qrDataUrl, ReceiptPrintPage } from './receipts.print.js'
import { receiptUrl, verifyReceipt, type ReceiptVerification } from './receipts.service.js'
import type { ReceiptSigner } from './receipts.signer.js'
import {
  InvalidReceiptPage,
  JWKS_PATH,
  UnknownReceiptPage,
  VerifiedReceiptPage,
} from './receipts.views.js'

/** The receipt routes, in one place. */
export const RECEIPT_PATHS = {
  verify: '/verify/:receiptId',
  print: '/verify/:receiptId/print',
  jwks: JWKS_PATH,
} as const

export interface ReceiptRoutesOptions {
  db: Kysely<DB>
  signer: ReceiptSigner
  publicBaseUrl: string
}

type VerifyRequest = FastifyRequest<{ Params: { receiptId: string } }>

/**
 * Answers for a receipt that is unknown or does not verify. A failed signature means someone
 * edited a stored receipt, so it is logged and audited, and nothing of it is shown.
 */
async function refuse(
  db: Kysely<DB>,
  request: VerifyRequest,
  reply: FastifyReply,
  result: Exclude<ReceiptVerification, { status: 'valid' }>,
): Promise<FastifyReply> {
  const ctx = pageContext(request, reply)
  const m = receiptMessages(ctx.locale)
  if (result.status === 'unknown') return reply.page(<UnknownReceiptPage ctx={ctx} m={m} />, 404)
  request.log.warn(
    { receiptId: request.params.receiptId, reason: result.reason },
    'stored receipt failed verification',
  )
  await recordAudit(db, {
    actorType: 'anonymous',
    action: 'receipt.verification_failed',
    subjectType: 'decision_receipt',
    subjectId: request.params.receiptId,
    outcome: 'failed',
    requestId: request.id,
    data: { reason: result.reason },
  })
  return reply.page(<InvalidReceiptPage ctx={ctx} m={m} reference={request.id} />)
}

/** Public receipt verification: the page, its A4 print view, and the published keys. */
export async function receiptRoutes(
  app: FastifyInstance,
  opts: ReceiptRoutesOptions,
): Promise<void> {
  const { db } = opts
  const base = opts.publicBaseUrl.replace(/\/+$/, '')

  // The pages show a masked number and a decision: useful to whoever holds the link, not to search engines.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/verify/')) reply.header('x-robots-tag', 'noindex, nofollow')
  })

  app.get(RECEIPT_PATHS.verify, async (request: VerifyRequest, reply) => {
    const result = await verifyReceipt(db, request.params.receiptId)
    if (result.status !== 'valid') return refuse(db, request, reply, result)
    const ctx = pageContext(request, reply)
    const printUrl = `/verify/${result.claims.receiptId}/print`
    return reply.page(
      <VerifiedReceiptPage
        ctx={ctx}
        m={receiptMessages(ctx.locale)}
        receipt={result}
        printUrl={printUrl}
      />,
    )
  })

  app.get(RECEIPT_PATHS.print, async (request: VerifyRequest, reply) => {
    const result = await verifyReceipt(db, request.params.receiptId)
    if (result.status !== 'valid') return refuse(db, request, reply, result)
    const ctx = pageContext(request, reply)
    const verifyUrl = receiptUrl(base, result.claims.receiptId)
    return reply.page(
      <ReceiptPrintPage
        ctx={ctx}
        m={receiptMessages(ctx.locale)}
        receipt={result}
        verifyUrl={verifyUrl}
        screenUrl={`/verify/${result.claims.receiptId}`}
        qr={await qrDataUrl(verifyUrl)}
        checkedAt={new Date()}
      />,
    )
  })

  app.get(RECEIPT_PATHS.jwks, async (_request, reply) => {
    const jwks = await opts.signer.jwks()
    return reply
      .type('application/jwk-set+json')
      .header('cache-control', 'public, max-age=300')
      .send(jwks)
  })
}
