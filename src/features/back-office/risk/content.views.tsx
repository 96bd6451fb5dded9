import { DataTable } from '../../pdpa/index.js'
import {
  levelOf,
  textColourFor,
  type Level,
  type RegisterTree,
  type ReportRow,
} from '../../risk-report/index.js'
import { formatDate } from '../../../platform/time.js'
import type { PageContext } from '../../../platform/views/context.js'
import { editMessages, type EditKey } from './edit.messages.js'
import { EDIT_PATHS } from './paths.js'

// The register's content on its page: each service and its steps, each step's risk events with
// their levels by the matrix and its control measures; while the register is a draft, a link to
// edit, add or remove each of them, and to the scales and the matrix.

/** A text that may break after a slash or a dot (a step's URL must not widen a phone's page). */
export function Breakable(p: { text: string }) {
  const parts = p.text.split(/(?<=[/.])/)
  return (
    <>
      {parts.map((x, i) =>
        i === 0 ? (
          x
        ) : (
          <>
            <wbr />
            {x}
          </>
        ),
      )}
    </>
  )
}

/** A level's colour (an SVG fill: no inline style under the CSP) and its name beside it. */
export function LevelChip(p: { level: Level | undefined; th: boolean }) {
  if (!p.level) return <>—</>
  return (
    <span class="risk-chip">
      <svg width="14" height="14" aria-hidden="true" focusable="false">
        <rect x="0.5" y="0.5" width="13" height="13" fill={p.level.colour} stroke="#0b0c0c" />
      </svg>{' '}
      {p.th ? p.level.nameTh : p.level.nameEn}
    </span>
  )
}

/** A level's name written in its text colour on its colour, as the contrast check sees it. */
export function LevelSample(p: { colour: string; textColour?: string | undefined; text: string }) {
  return (
    <svg width="120" height="28" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="119" height="27" fill={p.colour} stroke="#0b0c0c" />
      <text x="8" y="19" font-size="15" fill={p.textColour ?? textColourFor(p.colour)}>
        {p.text}
      </text>
    </svg>
  )
}

export function RegisterContent(p: { ctx: PageContext; tree: RegisterTree; reports: ReportRow[] }) {
  const { ctx, tree } = p
  const m = editMessages(ctx.locale)
  const th = ctx.locale === 'th'
  const draft = !p.reports.some((r) => r.publishedAt !== null)
  let n = 0
  return (
    <>
      <h2 class="heading-m">{m('content.title')}</h2>
      {draft ? (
        <ul class="plain-list">
          <li>
            <a href={EDIT_PATHS.serviceNew(tree.id)}>{m('content.addService')}</a>
          </li>
          <li>
            <a href={EDIT_PATHS.grid(tree.id)}>{m('content.grid')}</a>
          </li>
        </ul>
      ) : (
        <div class="notice" role="note">
          {m('content.locked')}
        </div>
      )}
      {tree.services.map((v) => {
        const name = th ? v.nameTh : v.nameEn
        return (
          <section aria-labelledby={`service-${v.id}`}>
            <h3 class="heading-s" id={`service-${v.id}`}>
              {m('content.service', { name })}
            </h3>
            {draft && (
              <ul class="plain-list">
                <li>
                  <a href={EDIT_PATHS.service(tree.id, v.id)}>
                    {m('content.editService', { name })}
                  </a>
                </li>
                <li>
                  <a href={EDIT_PATHS.stepNew(tree.id, v.id)}>{m('content.addStep', { name })}</a>
                </li>
              </ul>
            )}
            {v.steps.map((s) => {
              const i = ++n
              return <Step ctx={ctx} tree={tree} step={s} n={i} draft={draft} />
            })}
          </section>
        )
      })}
    </>
  )
}

type StepRow = RegisterTree['services'][number]['steps'][number]

function Step(p: {
  ctx: PageContext
  tree: RegisterTree
  step: StepRow
  n: number
  draft: boolean
}) {
  const { ctx, tree, step: s, n: i, draft } = p
  const m = editMessages(ctx.locale)
  const th = ctx.locale === 'th'
  const edit = (href: string, text: string) => (draft ? <a href={href}>{text}</a> : '')
  return (
    <section aria-labelledby={`step-${i}`}>
      <h4 class="heading-s" id={`step-${i}`}>
        {m('content.step', { n: i })}: <Breakable text={th ? s.titleTh : s.titleEn} />
      </h4>
      <DataTable
        caption={`${m('content.step', { n: i })} – ${m('content.risk')}`}
        head={[
          m('content.risk'),
          'L × I',
          m('content.inherent'),
          m('content.residual'),
          m('content.owner'),
          m('content.treatment'),
          '',
        ]}
        empty="—"
        rows={s.risks.map((r, j) => [
          th ? r.textTh : r.textEn,
          `${r.likelihood}\u00a0×\u00a0${r.impact}`,
          <LevelChip level={levelOf(tree.matrix, r.likelihood, r.impact)} th={th} />,
          <LevelChip
            level={levelOf(
              tree.matrix,
              r.residualLikelihood ?? r.likelihood,
              r.residualImpact ?? r.impact,
            )}
            th={th}
          />,
          r.ownerUnit,
          m(`treatment.${r.treatment}` as EditKey),
          edit(EDIT_PATHS.risk(tree.id, r.id), m('content.editRisk', { n: j + 1 })),
        ])}
      />
      <DataTable
        caption={`${m('content.step', { n: i })} – ${m('content.control')}`}
        head={[
          m('content.control'),
          m('content.owner'),
          m('content.status'),
          m('content.due'),
          m('content.evidence'),
          '',
        ]}
        empty="—"
        rows={s.controls.map((c, j) => [
          th ? c.textTh : c.textEn,
          c.ownerUnit,
          m(`status.${c.status}` as EditKey),
          c.dueOn ? formatDate(c.dueOn, ctx.locale) : '',
          c.evidence.map((e) => (
            <>
              <a href={e.url}>{e.label}</a>{' '}
            </>
          )),
          edit(EDIT_PATHS.control(tree.id, c.id), m('content.edit', { n: j + 1 })),
        ])}
      />
      {draft && (
        <ul class="plain-list">
          <li>
            <a href={EDIT_PATHS.step(tree.id, s.id)}>{m('content.editStep', { n: i })}</a>
          </li>
          <li>
            <a href={EDIT_PATHS.riskNew(tree.id, s.id)}>{m('content.addRisk', { n: i })}</a>
          </li>
          <li>
            <a href={EDIT_PATHS.controlNew(tree.id, s.id)}>{m('content.addControl', { n: i })}</a>
          </li>
        </ul>
      )}
    </section>
  )
}
