import type { MessageKey } from '../i18n/index.js'
import type { PageContext } from '../views/context.js'
import { Layout } from '../views/layout.js'

export type ErrorKind = '400' | '403' | '404' | '413' | '429' | '500' | '503' | 'csrf'

const bodies: Record<ErrorKind, MessageKey> = {
  '400': 'error.400.body',
  '403': 'error.403.body',
  csrf: 'error.403.csrf',
  '404': 'error.404.body',
  '413': 'error.413.body',
  '429': 'error.429.body',
  '500': 'error.500.body',
  '503': 'error.503.body',
}

/** A page for an HTTP error, with the reference the help desk finds in the logs. */
export function ErrorPage({
  ctx,
  kind,
  reference,
}: {
  ctx: PageContext
  kind: ErrorKind
  reference: string
}) {
  const { t } = ctx
  const title = t(`error.${kind === 'csrf' ? '403' : kind}.title` as MessageKey)
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="heading-l">{title}</h1>
      <p class="body">{t(bodies[kind])}</p>
      {kind !== '404' && (
        <div class="inset">
          <p class="body">
            {t('error.reference')}:{' '}
            <strong class="reference" data-reference>
              {reference}
            </strong>
          </p>
          <p class="body">{t('error.referenceHelp')}</p>
        </div>
      )}
      {kind === '404' && (
        <p class="body">
          {t('error.reference')}:{' '}
          <span class="reference" data-reference>
            {reference}
          </span>
        </p>
      )}
      <ul class="plain-list">
        <li>
          <a href={`/help/new?ref=${encodeURIComponent(reference)}`} data-help-link>
            {t('error.helpLink')}
          </a>
        </li>
        <li>
          <a href="/">{t('error.home')}</a>
        </li>
      </ul>
    </Layout>
  )
}
