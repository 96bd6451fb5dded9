import type { FastifyInstance } from 'fastify'
import { pageContext } from '../../platform/http/page-context.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import {
  directorName,
  syntheticRegistry,
  withSyntheticChanges,
  type JuristicPerson,
} from '../../features/registry-dbd/index.js'
import { ChangesForm, changeRoutes } from './changes.js'
import { sampleCompanies, SAMPLE_KINDS, type SampleKind } from './samples.js'

export const DBD_SIMULATOR_PATHS = {
  page: '/simulators/dbd',
  api: (id: string) => `/simulators/dbd/juristic-persons/${id}`,
}

const TEXT: Record<
  'th' | 'en',
  Record<SampleKind | 'title' | 'lead' | 'api' | 'directors', string>
> = {
  th: {
    title: 'ทะเบียนนิติบุคคลจำลอง (SIMULATOR)',
    lead: 'ข้อมูลนี้สร้างขึ้นเพื่อทดสอบ ไม่ใช่ข้อมูลจริงของกรมพัฒนาธุรกิจการค้า ใช้เลขทะเบียนด้านล่างในบริการลงทะเบียนนิติบุคคล และใช้เลขประจำตัวของกรรมการในหน้าจำลองแอปเป๋าตัง',
    api: 'บริการนี้ตอบแบบเดียวกับ DBD ที่',
    directors: 'กรรมการ (เลขประจำตัวสำหรับแอปจำลอง)',
    'one-signs': 'กรรมการหนึ่งคนลงนามได้',
    'two-sign': 'กรรมการสองคนลงนามร่วมกัน',
    named: 'ระบุชื่อกรรมการผู้มีอำนาจ',
    'foreign-director': 'มีกรรมการไม่ใช่สัญชาติไทย (ระบบต้องปฏิเสธ)',
    closed: 'เลิกกิจการ',
    bankrupt: 'ล้มละลาย',
    'unreadable-clause': 'อำนาจกรรมการที่ระบบอ่านไม่ได้ (ต้องไปที่ศูนย์บริการ)',
  },
  en: {
    title: 'Synthetic business registry (SIMULATOR)',
    lead: 'Invented for testing: not the Department of Business Development’s data. Use these juristic IDs in the company registration, and the directors’ IDs on the simulated Pao Tang page.',
    api: 'It answers the way DBD does, at',
    directors: 'Directors (their IDs for the simulated app)',
    'one-signs': 'One director signs',
    'two-sign': 'Two directors sign together',
    named: 'Named directors sign',
    'foreign-director': 'A non-Thai director (must be refused)',
    closed: 'Closed',
    bankrupt: 'Bankrupt',
    'unreadable-clause': 'A signing clause the portal cannot read (counter route)',
  },
}

function Company({ c }: { c: JuristicPerson }) {
  return (
    <li class="sim-company" data-juristic-id={c.id}>
      <strong>{c.nameTh}</strong> — <code>{c.id}</code>
      <br />
      <span class="hint">{c.signingClause}</span>
      <ul class="plain-list">
        {c.directors.map((d) => (
          <li key={d.id}>
            {directorName(d)} ({d.nationality}) — <code data-director-id>{d.id}</code>
          </li>
        ))}
      </ul>
    </li>
  )
}

function SimulatorPage({ ctx, seed, error }: { ctx: PageContext; seed: number; error?: string }) {
  const t = TEXT[ctx.locale]
  const samples = sampleCompanies(seed)
  const example = samples.get('two-sign')?.[0]
  return (
    <Layout ctx={ctx} title={t.title}>
      <p>
        <span class="tag">SIMULATOR</span>
      </p>
      <h1 class="heading-l">{t.title}</h1>
      <p class="lead">{t.lead}</p>
      {example && (
        <p class="body">
          {t.api} <code>{DBD_SIMULATOR_PATHS.api(example.id)}</code>
        </p>
      )}
      {SAMPLE_KINDS.map((kind) => (
        <section key={kind} aria-labelledby={`kind-${kind}`}>
          <h2 class="heading-m" id={`kind-${kind}`}>
            {t[kind]}
          </h2>
          <p class="hint">{t.directors}</p>
          <ul class="plain-list">
            {(samples.get(kind) ?? []).map((c) => (
              <Company key={c.id} c={c} />
            ))}
          </ul>
        </section>
      ))}
      <ChangesForm ctx={ctx} seed={seed} error={error} />
    </Layout>
  )
}

/**
 * The DBD simulator: the registry's lookup API over HTTP (the same wire the production adapter
 * reads) and a page of sample companies for testers. Registered only when simulators are on.
 */
export async function dbdSimulatorRoutes(
  app: FastifyInstance,
  opts: { seed: number; apiKey: string },
): Promise<void> {
  app.get<{ Params: { id: string } }>(DBD_SIMULATOR_PATHS.api(':id'), async (request, reply) => {
    if (opts.apiKey !== '' && request.headers['x-api-key'] !== opts.apiKey)
      return reply.code(401).send({ error: 'unauthorized' })
    const company = syntheticRegistry(opts.seed).get(request.params.id)
    if (!company) return reply.code(404).send({ error: 'not_found' })
    return reply.header('x-simulator', 'dbd').send(withSyntheticChanges(opts.seed, company))
  })
  app.get(DBD_SIMULATOR_PATHS.page, async (request, reply) =>
    reply.page(
      <SimulatorPage ctx={pageContext(request, reply, { forms: true })} seed={opts.seed} />,
    ),
  )
  changeRoutes(app, opts.seed, (ctx, error) => (
    <SimulatorPage ctx={ctx} seed={opts.seed} error={error} />
  ))
}
