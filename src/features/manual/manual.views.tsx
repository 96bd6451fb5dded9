import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import { formatDate } from '../../platform/time.js'
import { helpFormFor } from '../help-desk/index.js'
import { manualMessages } from './messages.js'
import { MANUAL_PATHS } from './paths.js'
import type { Heading } from './render.js'
import type { SearchHit } from './search.js'

/** A topic ready to show: its text rendered, its headings, its neighbours. */
export interface TopicView {
  slug: string
  title: string
  summary: string
  updated: string
  html: string
  headings: Heading[]
}

function Styles() {
  return <link rel="stylesheet" href="/manual/manual.css" />
}

/** The GET form that searches the manual; works without JavaScript. */
export function SearchForm({ ctx, query = '' }: { ctx: PageContext; query?: string }) {
  const m = manualMessages(ctx.locale)
  return (
    <form
      method="get"
      action={MANUAL_PATHS.search}
      class="manual-search manual-no-print"
      role="search"
    >
      <div>
        <label class="label" for="manual-q">
          {m('search.label')}
        </label>
        <p class="hint" id="manual-q-hint">
          {m('search.hint')}
        </p>
        <input
          class="input"
          id="manual-q"
          name="q"
          type="search"
          value={query}
          aria-describedby="manual-q-hint"
        />
      </div>
      <button type="submit" class="button">
        {m('search.button')}
      </button>
    </form>
  )
}

/** The manual's start page: the search form and every topic with its one-line summary. */
export function ManualIndexPage({ ctx, topics }: { ctx: PageContext; topics: TopicView[] }) {
  const m = manualMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={m('index.title')}>
      <Styles />
      <h1 class="heading-xl">{m('index.title')}</h1>
      <p class="lead">{m('index.lead')}</p>
      <SearchForm ctx={ctx} />
      <h2 class="heading-m">{m('index.topics')}</h2>
      <ul class="manual-topics">
        {topics.map((t) => (
          <li key={t.slug}>
            <a href={MANUAL_PATHS.topic(t.slug)}>{t.title}</a>
            <p class="hint">{t.summary}</p>
          </li>
        ))}
      </ul>
      <p class="body manual-no-print">
        <a href={MANUAL_PATHS.print}>{m('index.print')}</a>
      </p>
    </Layout>
  )
}

/** A topic's contents list and text (the public pages and the officers' manual use it). */
export function ManualText({ ctx, topic }: { ctx: PageContext; topic: TopicView }) {
  const m = manualMessages(ctx.locale)
  return (
    <>
      <Styles />
      {topic.headings.length > 1 && (
        <nav class="manual-contents" aria-labelledby="manual-on-this-page">
          <h2 class="heading-s" id="manual-on-this-page">
            {m('topic.onThisPage')}
          </h2>
          <ul>
            {topic.headings.map((h) => (
              <li key={h.id} class={`level-${h.level}`}>
                <a href={`#${h.id}`}>{h.text}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div class="manual-text" dangerouslySetInnerHTML={{ __html: topic.html }} />
    </>
  )
}

/** One topic: contents of the page, the text, when it changed, the previous and next topics. */
export function ManualTopicPage(props: {
  ctx: PageContext
  topic: TopicView
  previous?: TopicView
  next?: TopicView
  version: string
}) {
  const { ctx, topic, previous, next, version } = props
  const m = manualMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={`${topic.title} – ${m('index.title')}`}>
      <nav aria-label={m('topic.breadcrumb')} class="manual-no-print">
        <a href={MANUAL_PATHS.index}>{m('topic.breadcrumb')}</a>
      </nav>
      <h1 class="heading-l">{topic.title}</h1>
      <p class="manual-meta">
        {m('topic.updated', { date: formatDate(topic.updated, ctx.locale), version })}
      </p>
      <ManualText ctx={ctx} topic={topic} />
      <p class="body">{m('topic.help')}</p>
      <aside class="manual-no-print" aria-labelledby="manual-useful">
        <h2 class="heading-s" id="manual-useful">
          {m('topic.useful')}
        </h2>
        <p class="body">
          <a href={helpFormFor({ step: `manual.${topic.slug}` })}>{m('topic.notUseful')}</a>
        </p>
      </aside>
      <SearchForm ctx={ctx} />
      <nav class="manual-pager manual-no-print" aria-label={m('index.topics')}>
        <span>
          {previous && (
            <a href={MANUAL_PATHS.topic(previous.slug)} rel="prev">
              {m('topic.previous')}: {previous.title}
            </a>
          )}
        </span>
        <span>
          {next && (
            <a href={MANUAL_PATHS.topic(next.slug)} rel="next">
              {m('topic.next')}: {next.title}
            </a>
          )}
        </span>
      </nav>
    </Layout>
  )
}

/** Search results: each matching passage with its topic, heading and an excerpt. */
export function ManualSearchPage(props: { ctx: PageContext; query: string; hits: SearchHit[] }) {
  const { ctx, query, hits } = props
  const m = manualMessages(ctx.locale)
  const q = query.trim()
  return (
    <Layout ctx={ctx} title={m('search.title')}>
      <Styles />
      <nav aria-label={m('topic.breadcrumb')}>
        <a href={MANUAL_PATHS.index}>{m('topic.breadcrumb')}</a>
      </nav>
      <h1 class="heading-l">{m('search.title')}</h1>
      <SearchForm ctx={ctx} query={query} />
      {q === '' ? (
        <p class="body">{m('search.empty')}</p>
      ) : hits.length === 0 ? (
        <p class="body">{m('search.none', { query: q })}</p>
      ) : (
        <>
          <p class="body">{m('search.results', { count: hits.length, query: q })}</p>
          <ol class="manual-topics">
            {hits.map((h) => (
              <li
                key={`${h.slug}#${h.anchor}`}
                lang={h.locale === ctx.locale ? undefined : h.locale}
              >
                <a
                  href={`${MANUAL_PATHS.topic(h.slug)}${h.locale === ctx.locale ? '' : `?lang=${h.locale}`}${h.anchor ? `#${h.anchor}` : ''}`}
                >
                  {h.heading === h.topic ? h.topic : `${h.topic}: ${h.heading}`}
                </a>
                <p class="body manual-hit__excerpt">{h.excerpt}</p>
              </li>
            ))}
          </ol>
        </>
      )}
    </Layout>
  )
}

/** The whole manual on A4 pages: contents, then each topic on its own page. */
export function ManualPrintPage(props: {
  ctx: PageContext
  topics: TopicView[]
  version: string
  url: string
}) {
  const { ctx, topics, version, url } = props
  const m = manualMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={m('print.title')}>
      <Styles />
      <div class="manual-print">
        <p class="manual-no-print">
          <a href={MANUAL_PATHS.index}>{m('print.back')}</a>
        </p>
        <h1 class="heading-xl">{m('print.title')}</h1>
        <p class="manual-meta">{m('print.version', { version, url })}</p>
        <h2 class="heading-m">{m('print.contents')}</h2>
        <ol>
          {topics.map((t) => (
            <li key={t.slug}>
              <a href={`#topic-${t.slug}`}>{t.title}</a>
            </li>
          ))}
        </ol>
        {topics.map((t) => (
          <section key={t.slug} class="manual-chapter" aria-labelledby={`topic-${t.slug}`}>
            <h2 class="heading-l" id={`topic-${t.slug}`}>
              {t.title}
            </h2>
            <div class="manual-text" dangerouslySetInnerHTML={{ __html: t.html }} />
          </section>
        ))}
      </div>
    </Layout>
  )
}
