import type { ComponentChildren } from 'preact'
import type { PageContext } from './context.js'

/** The URL of this page in the other language. */
export function switchLanguageUrl(url: string, to: string): string {
  const parsed = new URL(url, 'http://x')
  parsed.searchParams.set('lang', to)
  return `${parsed.pathname}${parsed.search}`
}

interface LayoutProps {
  ctx: PageContext
  title: string
  /** The page shows validation errors: the title starts with "Error:". */
  hasErrors?: boolean
  children: ComponentChildren
}

/** A journey step's name from a page's path (register/<journey>/<step> only: never a token). */
export function journeyStepOf(url: string): string | undefined {
  const m = /^\/register\/(person|company)(?:\/([a-z-]{1,30}))?(?:[?#]|$)/.exec(url)
  return m ? `${m[1]}.${m[2] ?? 'start'}` : undefined
}

/** The page shell: skip link, header with the language switch, main, footer with contact channels. */
export function Layout({ ctx, title, hasErrors = false, children }: LayoutProps) {
  const { t, locale } = ctx
  const other = locale === 'th' ? 'en' : 'th'
  const step = journeyStepOf(ctx.url)
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${hasErrors ? t('layout.errorPrefix') : ''}${title} – ${t('service.name')}`}</title>
        <link rel="icon" href="/favicon.ico" sizes="any" />
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/assets/app.css" />
        <script nonce={ctx.nonce} src="/assets/app.js" defer />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t('layout.skip')}
        </a>
        {ctx.simulators && (
          <div class="simulator-banner" role="note">
            {t('layout.simulator')}
          </div>
        )}
        <header class="site-header">
          <div class="container site-header__inner">
            <a class="site-header__name" href="/">
              <span class="site-header__agency">{t('service.agency')}</span>
              <span class="site-header__service">{t('service.name')}</span>
            </a>
            <nav aria-label={t('layout.language')} class="lang-switch">
              <a
                href={switchLanguageUrl(ctx.url, other)}
                hreflang={other}
                lang={other}
                aria-label={t('layout.switchToLabel')}
              >
                {t('layout.switchTo')}
              </a>
            </nav>
          </div>
        </header>
        <main id="main" class="container" tabIndex={-1}>
          {ctx.notice === 'submit-refused' && (
            <div class="notice notice--warning" role="alert" data-notice={ctx.notice}>
              <p>{ctx.t('notice.submitRefused')}</p>
            </div>
          )}
          {ctx.notice === 'already-registered' && (
            <div class="notice notice--success" role="status" data-notice={ctx.notice}>
              <p>{ctx.t('notice.alreadyRegistered')}</p>
            </div>
          )}
          {children}
          {ctx.help && (
            <p class="body manual-help">
              <a href={ctx.help.href}>{ctx.help.text}</a>
            </p>
          )}
        </main>
        {ctx.sessionIdleMs !== undefined && ctx.csrfToken !== undefined && (
          <div
            class="timeout-warning"
            role="alertdialog"
            aria-modal="true"
            aria-labelledby="timeout-title"
            aria-describedby="timeout-body"
            hidden
            data-session-idle-ms={ctx.sessionIdleMs}
            data-csrf={ctx.csrfToken}
          >
            <div class="timeout-warning__box">
              <h2 class="heading-m" id="timeout-title">
                {t('timeout.title')}
              </h2>
              <p class="body" id="timeout-body">
                {t('timeout.body')}
              </p>
              <button type="button" class="button" data-extend-session>
                {t('timeout.extend')}
              </button>
            </div>
          </div>
        )}
        <footer class="site-footer">
          <div class="container">
            <h2 class="site-footer__title">{t('footer.contact')}</h2>
            <ul class="plain-list">
              <li>{t('footer.callCenter')}</li>
              <li>{t('footer.email')}</li>
              <li>{t('footer.serviceCentre')}</li>
              <li>{t('footer.sections')}</li>
              <li>
                <a href="/contact">{t('footer.contactPage')}</a>
              </li>
              <li>
                <a href={step ? `/help/new?step=${step}` : '/help/new'} data-help-link>
                  {t(step ? 'footer.helpStep' : 'footer.help')}
                </a>
              </li>
            </ul>
            <h2 class="site-footer__title">{t('footer.legal')}</h2>
            <ul class="inline-list">
              <li>
                <a href="/privacy">{t('footer.privacy')}</a>
              </li>
              <li>
                <a href="/terms">{t('footer.terms')}</a>
              </li>
            </ul>
          </div>
        </footer>
      </body>
    </html>
  )
}
