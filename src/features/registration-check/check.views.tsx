import { formatDate } from '../../platform/time.js'
import { Button, ErrorSummary, SummaryList, TextField } from '../../platform/views/components.js'
import type { FieldError } from '../../platform/views/components.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import type { CheckAnswer, PublicName } from './check.service.js'
import { checkMessages } from './messages.js'
import { CHECK_PATHS } from './paths.js'

type Listed = Extract<CheckAnswer, { result: 'listed' }>

/** The public check: a GET form, and below it the answer for the number in the address. */
export function CheckPage({
  ctx,
  value,
  error,
  answer,
}: {
  ctx: PageContext
  value: string
  error?: FieldError
  answer?: CheckAnswer
}) {
  const m = checkMessages(ctx.locale)
  const errors = error ? [error] : []
  return (
    <Layout ctx={ctx} title={m('check.title')} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-l">{m('check.title')}</h1>
      <p class="body">{m('check.lead')}</p>
      <form method="get" action={CHECK_PATHS.page} novalidate>
        <input type="hidden" name="lang" value={ctx.locale} />
        <TextField
          id="number"
          label={m('check.number')}
          hint={m('check.numberHint')}
          value={value}
          error={error?.message}
          inputMode="numeric"
          autoComplete="off"
          spellcheck={false}
          width="20"
        />
        <Button>{m('check.button')}</Button>
      </form>
      {answer && answer.result === 'not_listed' && <NotListed ctx={ctx} number={answer.number} />}
      {answer && answer.result === 'listed' && <ListedAnswer ctx={ctx} answer={answer} />}
      <p class="body">
        {m('check.api')} <a href={CHECK_PATHS.openapi}>{m('check.apiLink')}</a>
      </p>
    </Layout>
  )
}

function NotListed({ ctx, number }: { ctx: PageContext; number: string }) {
  const m = checkMessages(ctx.locale)
  return (
    <section class="inset" aria-labelledby="answer-title" data-answer="not_listed">
      <h2 class="heading-m" id="answer-title">
        {m('answer.notListed')}
      </h2>
      <SummaryList rows={[{ key: m('answer.number'), value: number }]} />
      <p class="body">{m('answer.notListedBody')}</p>
    </section>
  )
}

function NameOf({ ctx, name }: { ctx: PageContext; name: PublicName | null }) {
  const m = checkMessages(ctx.locale)
  if (!name) return <>{m('answer.noName')}</>
  if (ctx.locale === 'en' && name.en) return <span data-name>{name.en}</span>
  // A Thai name on an English page is marked so that screen readers read it in Thai.
  return (
    <span data-name lang={ctx.locale === 'th' ? undefined : 'th'}>
      {name.th}
    </span>
  )
}

function ListedAnswer({ ctx, answer }: { ctx: PageContext; answer: Listed }) {
  const m = checkMessages(ctx.locale)
  return (
    <section aria-labelledby="answer-title" data-answer="listed" data-party={answer.party}>
      <h2 class="heading-m" id="answer-title">
        {m('answer.title')}
      </h2>
      <SummaryList
        rows={[
          { key: m('answer.number'), value: answer.number },
          { key: m('answer.party'), value: m(`answer.party.${answer.party}`) },
          { key: m('answer.name'), value: <NameOf ctx={ctx} name={answer.name} /> },
        ]}
      />
      {answer.registrations.map((r, i) => (
        <section key={i} aria-labelledby={`reg-${i}`} data-registration={r.kind}>
          <h3 class="heading-m" id={`reg-${i}`}>
            {m(`answer.kind.${r.kind}`)}
          </h3>
          <SummaryList
            rows={[
              {
                key: m('answer.status'),
                value: <strong data-status={r.status}>{m(`answer.status.${r.status}`)}</strong>,
              },
              { key: m('answer.validFrom'), value: formatDate(r.validFrom, ctx.locale) },
              {
                key: m('answer.validUntil'),
                value: r.validUntil ? formatDate(r.validUntil, ctx.locale) : m('answer.noEnd'),
              },
            ]}
          />
        </section>
      ))}
      <p class="hint">{m('answer.share')}</p>
    </section>
  )
}

/** The home page's line linking to the check. */
export function CheckLink({ ctx }: { ctx: PageContext }) {
  return (
    <p class="body">
      <a href={CHECK_PATHS.page}>{checkMessages(ctx.locale)('home.link')}</a>
    </p>
  )
}
