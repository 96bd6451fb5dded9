import type { PageContext } from '../../platform/views/context.js'
import type { SignedCompany } from '../registration-company/index.js'
import { authorityMessages } from './messages.js'
import { AUTHORITY_PATHS } from './paths.js'

/** A company's name for the page's language: DBD's English name on English pages when it has one. */
export function CompanyName({ ctx, company }: { ctx: PageContext; company: SignedCompany }) {
  if (ctx.locale === 'en' && company.nameEn) return <>{company.nameEn}</>
  return <span lang={ctx.locale === 'th' ? undefined : 'th'}>{company.nameTh}</span>
}

/**
 * The companies a person signs for, by name, each a link: a registered one opens the company's
 * page (acting for it), a pending one its application's status page.
 */
export function SignedCompanyList({
  ctx,
  companies,
}: {
  ctx: PageContext
  companies: SignedCompany[]
}) {
  const m = authorityMessages(ctx.locale)
  return (
    <ul class="plain-list company-list" data-known-companies>
      {companies.map((c) => (
        <li key={c.juristicId} data-company-state={c.state}>
          <a
            href={c.state === 'registered' ? AUTHORITY_PATHS.open(c.juristicId) : c.statusUrl}
            data-company={c.juristicId}
          >
            <CompanyName ctx={ctx} company={c} />
          </a>
          <span class="hint company-list__meta">
            {m('actFor.label')} <span class="reference">{c.juristicId}</span> ·{' '}
            {m('known.director')} ·{' '}
            {c.state === 'registered'
              ? m('known.registered', {
                  status: c.registrationStatus ? m(`registration.${c.registrationStatus}`) : '—',
                })
              : m('known.pending')}
          </span>
        </li>
      ))}
    </ul>
  )
}
