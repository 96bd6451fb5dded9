import type { FieldError } from '../../../../platform/views/components.js'
import type { PageContext } from '../../../../platform/views/context.js'
import { EmailCodePage } from '../../../contact/index.js'
import { PATHS } from '../../journey.js'
import { confirmEmailMessages } from './messages.js'

/** The company e-mail's one-time code. */
export function ConfirmEmailPage({
  ctx,
  errors = [],
  email,
  resent,
}: {
  ctx: PageContext
  errors?: FieldError[]
  email: string
  resent?: boolean
}) {
  return (
    <EmailCodePage
      ctx={ctx}
      errors={errors}
      email={email}
      resent={resent}
      m={confirmEmailMessages(ctx.locale)}
      actions={{
        confirm: PATHS.step('confirm-email'),
        resend: PATHS.resendCode,
        change: PATHS.step('contact'),
      }}
    />
  )
}
