import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import {
  answerLicenceCheck,
  DEMO_VARIANTS,
  demoLicenceFor,
  formatLicence,
  LICENCE_CHECK_PATH,
  licenceCheckRequest,
  OTHER_HOLDERS_LICENCES,
} from '../../features/brokers/index.js'
import { formText, type FormBody } from '../../platform/form.js'
import { pageContext } from '../../platform/http/page-context.js'
import { checkThaiId } from '../../platform/thai-id.js'
import type { Clock } from '../../platform/jobs/index.js'
import { Button, CsrfField, ErrorSummary, TextField } from '../../platform/views/components.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'

export const LICENCE_SIMULATOR_PATHS = {
  page: '/simulators/licence-registry',
  /** The registry's base URL as LICENCE_REGISTRY_BASE_URL names it. */
  base: '/simulators/licence-registry',
  api: `/simulators/licence-registry${LICENCE_CHECK_PATH}`,
}

const TEXT = {
  th: {
    title: 'ทะเบียนใบอนุญาตตัวแทนออกของจำลอง (SIMULATOR)',
    lead: 'ข้อมูลนี้สร้างขึ้นเพื่อทดสอบ ไม่ใช่ทะเบียนใบอนุญาตจริงของกรมศุลกากร ผู้ถือทุกคนมีใบอนุญาตทดสอบสามใบที่คำนวณจากเลขประจำตัว (ไม่มีการเก็บข้อมูล)',
    api: 'บริการนี้ตอบแบบเดียวกับทะเบียนใบอนุญาตจริง (POST JSON) ที่',
    holder: 'เลขประจำตัวประชาชนหรือเลขทะเบียนนิติบุคคลของผู้ถือ',
    holderHint: 'ตัวเลข 13 หลัก',
    show: 'แสดงใบอนุญาตทดสอบ',
    error: 'เลขประจำตัวไม่ถูกต้อง (ตัวเลข 13 หลักตามหลักตรวจสอบ)',
    yours: 'ใบอนุญาตทดสอบของผู้ถือรายนี้',
    valid: 'ใช้ได้ (ต้องอนุมัติ)',
    revoked: 'ถูกเพิกถอน (ต้องไม่อนุมัติ)',
    disqualified: 'ผู้ถือมีประวัติต้องห้าม (ต้องไม่อนุมัติ)',
    others: 'ใบอนุญาตของผู้อื่น (ต้องไม่อนุมัติ: ไม่ใช่ของผู้ยื่น)',
    status: 'สถานะ',
  },
  en: {
    title: 'Synthetic customs-broker licence registry (SIMULATOR)',
    lead: 'Invented for testing: not the Customs Department’s licence registry. Every holder has three demo licences computed from their ID number (nothing is stored).',
    api: 'It answers the way the real registry does (POST, JSON), at',
    holder: 'The holder’s national ID or juristic ID',
    holderHint: '13 digits',
    show: 'Show the demo licences',
    error: 'Not a valid ID number (13 digits with the right check digit)',
    yours: 'This holder’s demo licences',
    valid: 'Valid (must be approved)',
    revoked: 'Revoked (must be refused)',
    disqualified: 'The holder has a disqualifying record (must be refused)',
    others: 'Other holders’ licences (must be refused: not the applicant’s)',
    status: 'status',
  },
}

function SimulatorPage(p: { ctx: PageContext; holder: string; error?: string; shown?: string }) {
  const t = TEXT[p.ctx.locale]
  const errors = p.error ? [{ field: 'holder', message: p.error }] : []
  return (
    <Layout ctx={p.ctx} title={t.title} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={p.ctx} errors={errors} />
      <p>
        <span class="tag">SIMULATOR</span>
      </p>
      <h1 class="heading-l">{t.title}</h1>
      <p class="lead">{t.lead}</p>
      <p class="body">
        {t.api} <code>{LICENCE_SIMULATOR_PATHS.api}</code>
      </p>
      <form method="post" action={LICENCE_SIMULATOR_PATHS.page} novalidate>
        <CsrfField ctx={p.ctx} />
        <TextField
          id="holder"
          label={t.holder}
          hint={t.holderHint}
          value={p.holder}
          error={p.error}
          inputMode="numeric"
          autoComplete="off"
          width="20"
        />
        <Button>{t.show}</Button>
      </form>
      {p.shown && (
        <section aria-labelledby="yours">
          <h2 class="heading-m" id="yours">
            {t.yours}
          </h2>
          <ul class="plain-list">
            {DEMO_VARIANTS.map((v) => (
              <li key={v} data-demo-licence={v}>
                {t[v]}: <code data-licence>{formatLicence(demoLicenceFor(p.shown ?? '', v))}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="others">
        <h2 class="heading-m" id="others">
          {t.others}
        </h2>
        <ul class="plain-list">
          {OTHER_HOLDERS_LICENCES.map((l) => (
            <li key={l.licence} data-other-licence>
              <code>{formatLicence(l.licence)}</code> ({t.status}: {l.status})
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  )
}

/**
 * The licence registry's SIMULATOR: the check API over HTTP (the wire the production adapter
 * speaks) and a page where a tester finds the demo licences of any holder. Registered only when
 * the simulators are on. The holder's ID is posted, never put in an address.
 */
export async function licenceRegistrySimulatorRoutes(
  app: FastifyInstance,
  opts: { apiKey: string; clock: Clock },
): Promise<void> {
  app.post(
    LICENCE_SIMULATOR_PATHS.api,
    { config: { csrfExempt: true } },
    async (request, reply) => {
      if (opts.apiKey !== '' && request.headers['x-api-key'] !== opts.apiKey)
        return reply.code(401).send({ error: 'unauthorized' })
      const parsed = licenceCheckRequest.safeParse(request.body)
      if (!parsed.success) return reply.code(400).send({ error: 'bad_request' })
      return reply
        .header('x-simulator', 'licence-registry')
        .send(answerLicenceCheck(parsed.data, opts.clock.now()))
    },
  )
  app.get(LICENCE_SIMULATOR_PATHS.page, async (request, reply) =>
    reply.page(<SimulatorPage ctx={pageContext(request, reply, { forms: true })} holder="" />),
  )
  app.post(LICENCE_SIMULATOR_PATHS.page, async (request: FastifyRequest, reply: FastifyReply) => {
    const typed = formText((request.body ?? {}) as FormBody, 'holder')
    const id = checkThaiId(typed)
    const ctx = pageContext(request, reply, { forms: true, status: id.ok ? 200 : 400 })
    return id.ok
      ? reply.page(<SimulatorPage ctx={ctx} holder={typed} shown={id.id} />)
      : reply.page(<SimulatorPage ctx={ctx} holder={typed} error={TEXT[ctx.locale].error} />, 400)
  })
}
