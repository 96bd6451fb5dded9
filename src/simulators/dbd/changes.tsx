import type { FastifyInstance } from 'fastify'
import type { VNode } from 'preact'
import {
  changeSyntheticCompany,
  syntheticChangesOf,
  syntheticRegistry,
  type SyntheticChange,
} from '../../features/registry-dbd/index.js'
import { pageContext } from '../../platform/http/page-context.js'
import { checkThaiId } from '../../platform/thai-id.js'
import { Button, CsrfField, Radios, TextField } from '../../platform/views/components.js'
import type { PageContext } from '../../platform/views/context.js'

// SIMULATOR: a tester changes a company of the synthetic registry (it closes, its first
// director leaves the board) to walk "update from DBD" and its refusals; undo forgets it.

export const DBD_CHANGES_PATH = '/simulators/dbd/changes'

const TEXT = {
  th: {
    title: 'เปลี่ยนข้อมูลนิติบุคคล (SIMULATOR)',
    lead: 'ใช้ทดสอบ "ปรับปรุงจาก DBD": การเปลี่ยนแปลงอยู่ในหน่วยความจำของเซิร์ฟเวอร์นี้จนกว่าจะเริ่มใหม่',
    id: 'เลขทะเบียนนิติบุคคล',
    what: 'การเปลี่ยนแปลง',
    closed: 'เลิกกิจการ',
    'director-left': 'กรรมการคนแรกพ้นจากตำแหน่ง',
    undo: 'ยกเลิกการเปลี่ยนแปลงทั้งหมด',
    button: 'บันทึกการเปลี่ยนแปลง',
    now: 'นิติบุคคลที่เปลี่ยนแล้ว',
    unknown: 'ไม่พบเลขทะเบียนนี้ในทะเบียนจำลอง',
  },
  en: {
    title: 'Change a company (SIMULATOR)',
    lead: 'For testing "update from DBD": changes live in this server’s memory until it restarts.',
    id: 'Juristic ID',
    what: 'Change',
    closed: 'The company closes',
    'director-left': 'The first director leaves the board',
    undo: 'Undo every change',
    button: 'Save the change',
    now: 'Changed companies',
    unknown: 'No company with this ID in the synthetic registry',
  },
}

export function ChangesForm({
  ctx,
  seed,
  error,
}: {
  ctx: PageContext
  seed: number
  error?: string
}) {
  const t = TEXT[ctx.locale]
  const changed = syntheticChangesOf(seed)
  return (
    <section aria-labelledby="sim-changes" data-sim-changes>
      <h2 class="heading-m" id="sim-changes">
        {t.title}
      </h2>
      <p class="body">{t.lead}</p>
      <form method="post" action={DBD_CHANGES_PATH} novalidate>
        <CsrfField ctx={ctx} />
        <TextField id="juristicId" label={t.id} error={error} inputMode="numeric" width="20" />
        <Radios
          id="change"
          legend={t.what}
          value="closed"
          choices={(['closed', 'director-left', 'undo'] as const).map((c) => ({
            value: c,
            label: t[c],
          }))}
        />
        <Button>{t.button}</Button>
      </form>
      {changed.length > 0 && (
        <>
          <h3 class="heading-s">{t.now}</h3>
          <ul class="plain-list">
            {changed.map((c) => (
              <li key={c.id} data-changed={c.id}>
                <code>{c.id}</code>: {c.changes.map((x) => t[x.kind]).join(', ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}

/** The change's POST: back to the simulator's page, or the page again naming the problem. */
export function changeRoutes(
  app: FastifyInstance,
  seed: number,
  page: (ctx: PageContext, error?: string) => VNode,
): void {
  app.post(DBD_CHANGES_PATH, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>
    const id = checkThaiId(typeof body.juristicId === 'string' ? body.juristicId : '')
    const kind = body.change
    if (!id.ok || !syntheticRegistry(seed).has(id.id)) {
      const ctx = pageContext(request, reply, { forms: true, status: 400 })
      return reply.page(page(ctx, TEXT[ctx.locale].unknown), 400)
    }
    const change: SyntheticChange | 'undo' | undefined =
      kind === 'closed'
        ? { kind: 'closed' }
        : kind === 'director-left'
          ? { kind: 'director-left', index: 0 }
          : kind === 'undo'
            ? 'undo'
            : undefined
    if (change) changeSyntheticCompany(seed, id.id, change)
    return reply.redirect('/simulators/dbd#sim-changes', 303)
  })
}
