import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { Clock } from '../../platform/jobs/index.js'
import { receiveCallback, type Gateway, type PurposeHandlers } from './payments.service.js'
import { SIGNATURE_HEADER } from './signature.js'

export const PAYMENT_PATHS = {
  /** Where the bank posts its signed payment notifications. */
  callback: '/payments/promptpay/callback',
} as const

const REFUSAL_STATUS = {
  signature: 401,
  body: 400,
  biller: 422,
  amount: 422,
  unknown_bill: 404,
  transaction_reused: 409,
} as const

/** The bank's callback. The body is kept raw: the signature is over its exact bytes. */
export async function paymentRoutes(
  app: FastifyInstance,
  opts: { db: Kysely<DB>; clock: Clock; gateway: Gateway; handlers: PurposeHandlers },
): Promise<void> {
  // Within this plugin only: JSON arrives as text, parsed after its signature is checked.
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    done(null, body)
  })
  app.post(PAYMENT_PATHS.callback, { config: { csrfExempt: true } }, async (request, reply) => {
    const signature = request.headers[SIGNATURE_HEADER]
    const result = await receiveCallback(opts, {
      body: typeof request.body === 'string' ? request.body : '',
      signature: typeof signature === 'string' ? signature : undefined,
      requestId: request.id,
      now: opts.clock.now(),
    })
    if (result.status === 'refused')
      return reply
        .code(REFUSAL_STATUS[result.reason])
        .type('application/problem+json')
        .send({
          type: `about:blank#${result.reason}`,
          title: 'Payment notification refused',
          status: REFUSAL_STATUS[result.reason],
          reason: result.reason,
        })
    return reply.send({ status: result.status, outcome: result.outcome })
  })
}
