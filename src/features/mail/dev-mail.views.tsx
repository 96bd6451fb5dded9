import { Fragment } from 'preact'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import { formatDateTime } from '../../platform/time.js'
import type { DevMail, DevMailSummary } from './mail.repository.js'
import { mailMessages } from './mail.messages.js'

/** A piece of a plain-text body: text as it is, or a web link to render as <a>. */
export type TextPiece = { text: string } | { href: string }

// ASCII URL characters only: the service's links are percent-encoded, and Thai text written
// straight after a link (no space, as Thai often is) must not become part of it.
const LINK = /https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&*+,;=%]+/g
const TRAILING_PUNCTUATION = /[.,;:!?\]]+$/

/** Splits plain text into text and http(s) links, so a tester can follow e-mailed links. */
export function linkify(text: string): TextPiece[] {
  const pieces: TextPiece[] = []
  let last = 0
  for (const match of text.matchAll(LINK)) {
    const href = match[0].replace(TRAILING_PUNCTUATION, '')
    const start = match.index
    if (start > last) pieces.push({ text: text.slice(last, start) })
    pieces.push({ href })
    last = start + href.length
  }
  if (last < text.length) pieces.push({ text: text.slice(last) })
  return pieces
}

function TextBody({ text }: { text: string }) {
  const paragraphs = text.split(/\r?\n[ \t]*\r?\n/).filter((p) => p.trim() !== '')
  return (
    <>
      {paragraphs.map((paragraph, i) => (
        <p class="body" key={i}>
          {paragraph.split(/\r?\n/).map((line, j) => (
            <Fragment key={j}>
              {j > 0 && <br />}
              {linkify(line).map((piece) =>
                'href' in piece ? <a href={piece.href}>{piece.href}</a> : piece.text,
              )}
            </Fragment>
          ))}
        </p>
      ))}
    </>
  )
}

function SimulatorIntro({ ctx }: { ctx: PageContext }) {
  const m = mailMessages(ctx.locale)
  return (
    <>
      <p>
        <span class="tag">{m('viewer.tag')}</span>
      </p>
      <p class="lead">{m('viewer.lead')}</p>
    </>
  )
}

/** The list of delivered messages, newest first. */
export function MailboxPage({ ctx, messages }: { ctx: PageContext; messages: DevMailSummary[] }) {
  const m = mailMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={m('viewer.title')}>
      <h1 class="heading-l">{m('viewer.title')}</h1>
      <SimulatorIntro ctx={ctx} />
      {messages.length === 0 ? (
        <p class="body">{m('viewer.empty')}</p>
      ) : (
        <table class="table">
          <caption class="table__caption">
            {m('viewer.caption', { count: messages.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{m('viewer.subject')}</th>
              <th scope="col">{m('viewer.to')}</th>
              <th scope="col">{m('viewer.received')}</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((mail) => (
              <tr key={mail.id}>
                <td>
                  <a href={`/dev/mail/${mail.id}`}>{mail.subject}</a>
                </td>
                <td>{mail.to_address}</td>
                <td>
                  <time dateTime={mail.delivered_at.toISOString()}>
                    {formatDateTime(mail.delivered_at, ctx.locale)}
                  </time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  )
}

/**
 * One message: headers, the plain-text body with clickable links, and the HTML body and MIME
 * source as escaped text. The HTML body is never rendered: it is content from outside this page.
 */
export function MailPage({ ctx, mail }: { ctx: PageContext; mail: DevMail }) {
  const m = mailMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={m('message.title', { subject: mail.subject })}>
      <p>
        <a href="/dev/mail">{m('message.back')}</a>
      </p>
      <h1 class="heading-l">{mail.subject}</h1>
      <SimulatorIntro ctx={ctx} />
      <h2 class="heading-m">{m('message.headers')}</h2>
      <dl class="summary-list">
        <dt>{m('message.from')}</dt>
        <dd>{mail.from_address}</dd>
        <dt>{m('viewer.to')}</dt>
        <dd>{mail.to_address}</dd>
        <dt>{m('viewer.subject')}</dt>
        <dd>{mail.subject}</dd>
        <dt>{m('message.date')}</dt>
        <dd>
          <time dateTime={mail.delivered_at.toISOString()}>
            {formatDateTime(mail.delivered_at, ctx.locale)}
          </time>
        </dd>
        <dt>{m('message.messageId')}</dt>
        <dd class="reference">{mail.message_id}</dd>
      </dl>
      <h2 class="heading-m">{m('message.text')}</h2>
      <div class="inset">
        <TextBody text={mail.text_body} />
      </div>
      {mail.html_body !== null && (
        <details>
          <summary>{m('message.html')}</summary>
          <pre class="source">{mail.html_body}</pre>
        </details>
      )}
      <details>
        <summary>{m('message.raw')}</summary>
        <pre class="source">{mail.raw_message}</pre>
      </details>
    </Layout>
  )
}
