import type { FastifyReply, FastifyRequest } from 'fastify'
import { recordAudit } from '../../../../platform/audit.js'
import {
  formValue,
  type FieldProblem,
  type FormBody,
  type InvalidForm,
} from '../../../../platform/form.js'
import { pageContext } from '../../../../platform/http/page-context.js'
import { toFieldErrors } from '../../../../platform/views/components.js'
import { areaChoice, areasForPostcode } from '../../../address/index.js'
import type { ApplicationRow } from '../../application.repository.js'
import type { StepContext } from '../../deps.js'
import { profileOf } from '../../guard.js'
import { PATHS } from '../../journey.js'
import { yourDetailsMessages, type YourDetailsMessage } from './messages.js'
import { parseMailing, sendsVerifiedField } from './your-details.schema.js'
import { saveMailing } from './your-details.service.js'
import { YourDetailsPage, type MailingValues } from './your-details.views.js'

type Problems = FieldProblem<YourDetailsMessage>[]

const bodyOf = (request: FastifyRequest) => (request.body ?? {}) as FormBody
/** Looking up a postcode is not a submission: it shows the postcode's areas. */
const isLookup = (request: FastifyRequest) => bodyOf(request).action === 'find'

/** 5. The bank's data (read-only) and the mailing address. */
export function yourDetailsStep({ deps, journey }: StepContext) {
  // What was posted always comes back, so that looking up a postcode loses nothing.
  async function render(
    request: FastifyRequest,
    reply: FastifyReply,
    a: ApplicationRow,
    values: Record<string, string> | undefined,
    problems: Problems,
    status: number,
  ) {
    const v = values ?? { mailingSame: 'yes' }
    const full: MailingValues = {
      mailingSame: v.mailingSame ?? '',
      houseNo: v.houseNo ?? '',
      moo: v.moo ?? '',
      soi: v.soi ?? '',
      road: v.road ?? '',
      postcode: v.postcode ?? '',
      area: v.area ?? '',
    }
    const areas = /^\d{5}$/.test(full.postcode) ? areasForPostcode(full.postcode) : []
    return reply.page(
      <YourDetailsPage
        ctx={pageContext(request, reply, { forms: true })}
        profile={await profileOf(deps, a)}
        values={full}
        areas={areas}
        errors={toFieldErrors(problems, yourDetailsMessages(request.locale))}
      />,
      status,
    )
  }
  return {
    show: async (request: FastifyRequest, reply: FastifyReply) => {
      const a = journey.application(request)
      const stored = a.mailing_address
      const other = stored?.kind === 'other' ? stored : undefined
      const values = {
        mailingSame: stored ? (stored.kind === 'id-card' ? 'yes' : 'no') : '',
        houseNo: other?.houseNo ?? '',
        moo: other?.moo ?? '',
        soi: other?.soi ?? '',
        road: other?.road ?? '',
        postcode: other?.postcode ?? '',
        area: other ? areaChoice(other) : '',
      }
      const areas = other ? areasForPostcode(other.postcode) : []
      return reply.page(
        <YourDetailsPage
          ctx={pageContext(request, reply, { forms: true })}
          profile={await profileOf(deps, a)}
          values={values}
          areas={areas}
        />,
      )
    },
    /** A form that sends a bank-verified field was tampered with: refused, audited, not saved. */
    refuseTampered: async (request: FastifyRequest, reply: FastifyReply) => {
      const body = bodyOf(request)
      if (!sendsVerifiedField(body)) return
      const a = journey.application(request)
      await recordAudit(deps.db, {
        actorType: 'anonymous',
        action: 'journey.tampered',
        subjectType: 'application',
        subjectId: a.id,
        outcome: 'refused',
        requestId: request.id,
        data: { step: 'your-details' },
      })
      const values = parseMailing(body).values
      await render(
        request,
        reply,
        a,
        values,
        [{ field: 'mailingSame', key: 'error.tampered' }],
        400,
      )
      return reply
    },
    page: async (
      request: FastifyRequest,
      reply: FastifyReply,
      invalid: InvalidForm<YourDetailsMessage>,
    ) => {
      const a = journey.application(request)
      // A lookup shows only a postcode problem; the rest waits for the real submission.
      if (isLookup(request)) {
        const postcode = invalid.problems.filter((p) => p.field === 'postcode')
        return render(request, reply, a, invalid.values, postcode, 200)
      }
      return render(request, reply, a, invalid.values, invalid.problems, 400)
    },
    save: async (request: FastifyRequest, reply: FastifyReply) => {
      const a = journey.application(request)
      if (isLookup(request))
        return render(request, reply, a, parseMailing(bodyOf(request)).values, [], 200)
      await saveMailing(deps, a, formValue(request, parseMailing), request.id)
      return reply.redirect(PATHS.step('check'), 303)
    },
  }
}
