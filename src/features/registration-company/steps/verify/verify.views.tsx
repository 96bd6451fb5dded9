import type { VerificationFailure } from '../../../../platform/db/schema.js'
import type { PageContext } from '../../../../platform/views/context.js'
import { Layout } from '../../../../platform/views/layout.js'
import { VerificationStep, type PanelProps } from '../../../identity/index.js'
import { PATHS } from '../../journey.js'
import { verifyMessages } from './messages.js'

/** The applicant's own verification: start, follow progress, or recover from a failure. */
export function VerifyPage({
  ctx,
  companyName,
  panel,
  failure,
}: {
  ctx: PageContext
  companyName: string
  panel?: Omit<PanelProps, 'ctx'>
  failure?: VerificationFailure
}) {
  const m = verifyMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={m('verify.title')}>
      <h1 class="heading-l">{m('verify.title')}</h1>
      <VerificationStep
        ctx={ctx}
        panel={panel}
        failure={failure}
        intro={m('verify.intro', { company: companyName })}
        action={PATHS.verifyStart}
        button={m('verify.start')}
      />
    </Layout>
  )
}
