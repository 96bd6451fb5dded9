import type { FastifyReply, FastifyRequest } from 'fastify'
import type { FieldProblem, FormBody } from '../../../../platform/form.js'
import { pageContext } from '../../../../platform/http/page-context.js'
import { toFieldErrors } from '../../../../platform/views/components.js'
import { directorName } from '../../../registry-dbd/index.js'
import type { CompanyApplicationRow } from '../../company.repository.js'
import type { StepContext } from '../../deps.js'
import { PATHS } from '../../journey.js'
import { saveSigners } from '../../signing/invitations.service.js'
import { signingMessages, type SigningMessage } from '../../signing/messages.js'
import { enoughSigners, signerChoice } from '../../signing/signer-choice.js'
import { parseSigners } from '../../signing/signer.schema.js'
import { clauseInWords, SignersPage } from '../../signing/signers.views.js'

/**
 * 4. The directors who sign with the applicant. The form is parsed in the handler: which
 * directors may be chosen depends on the company's record, read first.
 */
export function signersStep({ deps, journey }: StepContext) {
  async function render(
    request: FastifyRequest,
    reply: FastifyReply,
    a: CompanyApplicationRow,
    values?: Record<string, string>,
    problems: FieldProblem<SigningMessage>[] = [],
    status = 200,
  ) {
    const choice = await signerChoice(deps, a)
    if (!choice) return reply.redirect(PATHS.step('verify'), 303)
    const ctx = pageContext(request, reply, { forms: true })
    const m = signingMessages(ctx.locale)
    const current: Record<string, string> = values ?? {}
    if (!values)
      for (const s of choice.signers)
        if (!s.initiator && s.director_index !== null) {
          current[`director-${s.director_index}`] = 'yes'
          current[`email-${s.director_index}`] = s.email ?? ''
        }
    return reply.page(
      <SignersPage
        ctx={ctx}
        you={choice.initiator.director_name ?? ''}
        clause={clauseInWords(m, choice.rule, choice.company)}
        offered={choice.offered.map((index) => {
          const d = choice.company.directors[index]
          return { index, name: d ? directorName(d) : '' }
        })}
        values={current}
        aloneIsEnough={enoughSigners(choice, [])}
        errors={toFieldErrors(problems, m)}
      />,
      status,
    )
  }
  return {
    show: (request: FastifyRequest, reply: FastifyReply) =>
      render(request, reply, journey.application(request)),
    save: async (request: FastifyRequest, reply: FastifyReply) => {
      const a = journey.application(request)
      const choice = await signerChoice(deps, a)
      if (!choice) return reply.redirect(PATHS.step('verify'), 303)
      const m = signingMessages(request.locale)
      const body = (request.body ?? {}) as FormBody
      const parsed = parseSigners(body, choice.offered)
      if (!parsed.ok) return render(request, reply, a, parsed.values, parsed.problems, 400)
      const chosen = parsed.value.map((c) => c.directorIndex)
      if (!enoughSigners(choice, chosen)) {
        const values: Record<string, string> = {}
        for (const [k, v] of Object.entries(body))
          if (typeof v === 'string' && k.startsWith('email-')) values[k] = v
        for (const index of chosen) values[`director-${index}`] = 'yes'
        const words = clauseInWords(m, choice.rule, choice.company)
        const problem: FieldProblem<SigningMessage> = {
          field: 'directors',
          key: 'error.signers.notEnough',
          params: { words },
        }
        return render(request, reply, a, values, [problem], 400)
      }
      if ((await saveSigners(deps, a, choice, parsed.value, request.id)) === 'in-progress')
        return render(
          request,
          reply,
          a,
          undefined,
          [{ field: 'directors', key: 'error.signers.inProgress' }],
          409,
        )
      return reply.redirect(PATHS.step('contact'), 303)
    },
  }
}
