import type { PageContext } from '../../../platform/views/context.js'
import { Layout } from '../../../platform/views/layout.js'
import { changeMessages } from './messages.js'

/** A page that only says something: a registration not found, DBD not answering. */
export function ChangeMessagePage(p: { ctx: PageContext; title: string; body: string }) {
  return (
    <Layout ctx={p.ctx} title={p.title}>
      <h1 class="heading-l">{p.title}</h1>
      <p class="body">{p.body}</p>
      <p class="body">
        <a href="/account">{changeMessages(p.ctx.locale)('back')}</a>
      </p>
    </Layout>
  )
}
