import { Button, CsrfField } from '../../../../platform/views/components.js'
import type { PageContext } from '../../../../platform/views/context.js'
import { Layout } from '../../../../platform/views/layout.js'
import { resumeMessages } from './messages.js'

/** The e-mailed link: identifies the draft; continuing asks for a fresh e-mail code. */
export function ResumePage({
  ctx,
  email,
  action,
}: {
  ctx: PageContext
  email: string
  action: string
}) {
  const m = resumeMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={m('resume.title')}>
      <h1 class="heading-l">{m('resume.title')}</h1>
      <p class="body">{m('resume.intro', { email })}</p>
      <form method="post" action={action}>
        <CsrfField ctx={ctx} />
        <Button>{m('resume.send')}</Button>
      </form>
    </Layout>
  )
}

/** The link asked for is on its way; the applicant may still go on now. */
export function LinkSentPage({
  ctx,
  reference,
  next,
}: {
  ctx: PageContext
  reference: string
  next: string
}) {
  const m = resumeMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={m('later.title')}>
      <h1 class="heading-l">{m('later.title')}</h1>
      <p class="body" data-link-sent>
        {m('later.body', { reference })}
      </p>
      <p class="body">
        <a href={next}>{m('later.continue')}</a>
      </p>
    </Layout>
  )
}
