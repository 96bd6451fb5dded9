import type { VerificationFailure } from '../../../../platform/db/schema.js'
import type { PageContext } from '../../../../platform/views/context.js'
import { Layout } from '../../../../platform/views/layout.js'
import { VerificationStep, type PanelProps } from '../../../identity/index.js'
import { PATHS } from '../../journey.js'
import { verifyMessages } from './messages.js'

/** Identity verification: start, follow progress, or recover from a failure. */
export function VerifyPage({
  ctx,
  panel,
  failure,
}: {
  ctx: PageContext
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
        intro={m('verify.intro')}
        action={PATHS.verifyStart}
        button={m('verify.start')}
      />
      {failure === 'id_mismatch' && (
        <p class="body">
          <a href={PATHS.step('details')} data-change-id>
            {m('verify.changeId')}
          </a>
        </p>
      )}
    </Layout>
  )
}
