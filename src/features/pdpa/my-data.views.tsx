import { formatDateTime } from '../../platform/time.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import { PdpaStyles } from './components.js'
import { pdpaMessages } from './messages.js'
import type { MyData } from './my-data.service.js'
import { PDPA_PATHS } from './paths.js'
import { MyDataSections } from './my-data-sections.views.js'
import type { Days } from './my-data.components.js'
import type { StatusLine } from './status-history.repository.js'
import type { RegistrationChange } from './registration-changes.repository.js'

/** /account/my-data: everything held, the sources, purposes, lawful bases and access. */
export function MyDataPage({
  ctx,
  data,
  days,
  statusHistory,
  changes,
}: {
  ctx: PageContext
  data: MyData
  days: Days
  statusHistory?: StatusLine[]
  changes?: RegistrationChange[]
}) {
  const m = pdpaMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={m('myData.title')}>
      <PdpaStyles />
      <h1 class="heading-l">{m('myData.title')}</h1>
      <p class="lead">{m('myData.intro')}</p>
      <div class="notice">
        <h2 class="heading-m">{m('myData.copy')}</h2>
        <ul class="plain-list">
          <li>
            <a href={PDPA_PATHS.exportJson} download="my-data.json">
              {m('myData.json')}
            </a>
            <p class="hint">{m('myData.jsonHint')}</p>
          </li>
          <li>
            <a href={PDPA_PATHS.print}>{m('myData.print')}</a>
          </li>
        </ul>
        <h2 class="heading-m">{m('myData.rights')}</h2>
        <p class="body">{m('myData.rightsBody')}</p>
        <p class="body">
          <a class="button" href={PDPA_PATHS.newRequest}>
            {m('myData.newRequest')}
          </a>
        </p>
      </div>
      <MyDataSections
        ctx={ctx}
        data={data}
        days={days}
        statusHistory={statusHistory}
        changes={changes}
      />
      <ul class="plain-list">
        <li>
          <a href={PDPA_PATHS.recordOfProcessing}>{m('myData.ropa')}</a>
        </li>
        <li>
          <a href="/account">{m('myData.back')}</a>
        </li>
      </ul>
    </Layout>
  )
}

/** The readable print version of the same data. */
export function MyDataPrintPage({
  ctx,
  data,
  days,
  now,
  statusHistory,
  changes,
}: {
  ctx: PageContext
  data: MyData
  days: Days
  now: Date
  statusHistory?: StatusLine[]
  changes?: RegistrationChange[]
}) {
  const m = pdpaMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={m('print.title')}>
      <PdpaStyles />
      <div class="no-print">
        <p class="body">{m('print.howTo')}</p>
        <p class="body">
          <a href={PDPA_PATHS.myData}>{m('print.back')}</a>
        </p>
      </div>
      <h1 class="heading-l">{m('print.title')}</h1>
      <p class="body">
        {m('print.generated', { time: formatDateTime(now, ctx.locale), name: data.nameTh })}
      </p>
      <MyDataSections
        ctx={ctx}
        data={data}
        days={days}
        open
        statusHistory={statusHistory}
        changes={changes}
      />
    </Layout>
  )
}
