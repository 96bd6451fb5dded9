import { nationalityName } from '../../../../platform/nationality.js'
import { formatDate, formatDateTime } from '../../../../platform/time.js'
import { SummaryList } from '../../../../platform/views/components.js'
import type { PageContext } from '../../../../platform/views/context.js'
import { directorName, type JuristicPerson, type SigningRule } from '../../../registry-dbd/index.js'
import { clauseInWords } from '../../signing/signers.views.js'
import { signingMessages } from '../../signing/messages.js'
import { companyStepMessages, type CompanyStepMessage } from './messages.js'

function addressText(c: JuristicPerson): string {
  const a = c.address
  return [a.houseNo, a.road, a.subdistrict, a.district, a.province, a.postcode]
    .filter(Boolean)
    .join(' ')
}

/** What DBD says: names, type, status, address, directors and the signing clause in words. */
export function DbdSummary({
  ctx,
  company,
  rule,
  fetchedAt,
  source,
}: {
  ctx: PageContext
  company: JuristicPerson
  rule: SigningRule | undefined
  fetchedAt: Date | undefined
  source: 'synthetic' | 'http'
}) {
  const m = companyStepMessages(ctx.locale)
  // DBD publishes these in Thai: on an English page they are marked so, and read in Thai.
  const th = ctx.locale === 'en' ? 'th' : undefined
  return (
    <section aria-labelledby="precheck-title" data-precheck>
      {/* The page's heading: what DBD says is what the page is about once a company is found. */}
      <h1 class="heading-l" id="precheck-title">
        {m('precheck.title')}
      </h1>
      {fetchedAt && (
        <p class="hint">
          {m('precheck.fetched', {
            time: formatDateTime(fetchedAt, ctx.locale),
            source: m(`precheck.source.${source}`),
          })}
        </p>
      )}
      <SummaryList
        rows={[
          { key: m('precheck.nameTh'), value: <span lang={th}>{company.nameTh}</span> },
          { key: m('precheck.nameEn'), value: company.nameEn },
          { key: m('check.juristicId'), value: company.id },
          { key: m('precheck.type'), value: <span lang={th}>{company.type}</span> },
          {
            key: m('precheck.status'),
            value: (
              <span data-dbd-status={company.status}>
                {m(`status.${company.status}` as CompanyStepMessage)}
              </span>
            ),
          },
          { key: m('precheck.registeredOn'), value: formatDate(company.registeredOn, ctx.locale) },
          { key: m('precheck.address'), value: <span lang={th}>{addressText(company)}</span> },
          {
            key: m('precheck.directors'),
            value: (
              <ul class="plain-list">
                {company.directors.map((d, i) => (
                  <li key={i} data-director-nationality={d.nationality}>
                    <span lang={th}>{directorName(d)}</span>
                    {d.nationality !== 'THA' &&
                      ` (${m('precheck.nationality', { name: nationalityName(d.nationality, ctx.locale) })})`}
                  </li>
                ))}
              </ul>
            ),
          },
          { key: m('precheck.clause'), value: <span lang={th}>{company.signingClause}</span> },
          ...(rule
            ? [
                {
                  key: m('precheck.clauseWords'),
                  value: clauseInWords(signingMessages(ctx.locale), rule, company),
                },
              ]
            : []),
        ]}
      />
    </section>
  )
}
