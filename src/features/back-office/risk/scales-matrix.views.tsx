import { DataTable } from '../../pdpa/index.js'
import { contrastRatio, pointName, SWATCHES, TEXT_COLOURS } from '../../risk-report/index.js'
import { HintAndError, Radios, Select, TextField } from '../../../platform/views/components.js'
import { LevelSample } from './content.views.js'
import { EditFrame, fieldsOf, type EditPageProps } from './edit.views.js'
import { matrixMessages } from './matrix.messages.js'
import { EDIT_PATHS } from './paths.js'
import { pointField } from './scales-matrix.schema.js'

const ratio = (a: string, b: string) => contrastRatio(a, b).toFixed(2)

/** The scales and levels (with links to edit them) and the grid's form: a level per cell. */
export function GridPage(p: EditPageProps) {
  const m = matrixMessages(p.ctx.locale)
  const { v, e } = fieldsOf(p)
  const th = p.ctx.locale === 'th'
  const { matrix, id } = p.tree
  const impacts = Array.from({ length: matrix.impactMax }, (_, i) => i + 1)
  const rows = Array.from({ length: matrix.likelihoodMax }, (_, i) => matrix.likelihoodMax - i)
  const intro = (
    <>
      <h2 class="heading-m">{m('grid.scales')}</h2>
      <p class="body">
        {m('grid.scalesSummary', { likelihood: matrix.likelihoodMax, impact: matrix.impactMax })}
      </p>
      <p class="body">
        <a href={EDIT_PATHS.scales(id)}>{m('grid.editScales')}</a>
      </p>
      <h2 class="heading-m">{m('grid.levels')}</h2>
      <DataTable
        caption={m('grid.levelsCaption')}
        head={[m('grid.sample'), m('grid.nameTh'), m('grid.nameEn'), m('grid.colour'), '']}
        empty="—"
        rows={matrix.levels.map((l) => [
          <LevelSample
            colour={l.colour}
            textColour={l.textColour}
            text={th ? l.nameTh : l.nameEn}
          />,
          l.nameTh,
          l.nameEn,
          <code>{l.colour}</code>,
          <a href={EDIT_PATHS.level(id, l.code)}>
            {m('grid.editLevel', { name: th ? l.nameTh : l.nameEn })}
          </a>,
        ])}
      />
      <p class="body">
        <a href={EDIT_PATHS.levelNew(id)}>{m('grid.addLevel')}</a>
      </p>
      <h2 class="heading-m">{m('grid.cells')}</h2>
      <p class="hint">{m('grid.cellsHint')}</p>
    </>
  )
  return (
    <EditFrame {...p} title={m('grid.title')} intro={intro}>
      <div class="pdpa-table-wrap" role="region" aria-label={m('grid.cells')} tabIndex={0}>
        <table class="pdpa-table" id="risk-grid">
          <caption class="visually-hidden">{m('grid.cells')}</caption>
          <thead>
            <tr>
              <th scope="col">{m('grid.corner')}</th>
              {impacts.map((i) => (
                <th scope="col">{`${i} ${pointName(matrix, 'impact', i, th)}`}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((l) => (
              <tr>
                <th scope="row">{`${l} ${pointName(matrix, 'likelihood', l, th)}`}</th>
                {impacts.map((i) => {
                  const f = `c${l}x${i}`
                  const error = e(f)
                  return (
                    <td
                      data-label={`${m('grid.impact')} ${i} ${pointName(matrix, 'impact', i, th)}`}
                    >
                      <label class="visually-hidden" for={f}>
                        {m('grid.cell', {
                          l,
                          ln: pointName(matrix, 'likelihood', l, th),
                          i,
                          in: pointName(matrix, 'impact', i, th),
                        })}
                      </label>
                      {error && (
                        <p class="error-message" id={`${f}-error`}>
                          {error}
                        </p>
                      )}
                      <select
                        class={`select${error ? ' input--error' : ''}`}
                        id={f}
                        name={f}
                        aria-describedby={error ? `${f}-error` : undefined}
                        aria-invalid={error ? 'true' : undefined}
                      >
                        {matrix.levels.map((lv) => (
                          <option value={lv.code} selected={lv.code === v(f)}>
                            {th ? lv.nameTh : lv.nameEn}
                          </option>
                        ))}
                      </select>
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </EditFrame>
  )
}

/** The number of points of each scale and their names. */
export function ScalesPage(p: EditPageProps) {
  const m = matrixMessages(p.ctx.locale)
  const { v, e } = fieldsOf(p)
  const { matrix } = p.tree
  const counts = Array.from({ length: 9 }, (_, i) => ({
    value: String(i + 2),
    label: String(i + 2),
  }))
  return (
    <EditFrame {...p} title={m('scales.title')}>
      {(['likelihood', 'impact'] as const).map((axis) => (
        <fieldset class="fieldset">
          <legend class="fieldset__legend">{m(`scales.${axis}`)}</legend>
          <Select
            id={`${axis}Max`}
            label={m(`scales.${axis}Max`)}
            hint={m('scales.maxHint')}
            options={counts}
            value={v(`${axis}Max`)}
            error={e(`${axis}Max`)}
          />
          {Array.from(
            { length: axis === 'likelihood' ? matrix.likelihoodMax : matrix.impactMax },
            (_, i) =>
              (['Th', 'En'] as const).map((lang) => {
                const f = pointField(axis, lang, i + 1)
                return (
                  <TextField
                    id={f}
                    label={m(lang === 'Th' ? 'scales.pointTh' : 'scales.pointEn', { n: i + 1 })}
                    value={v(f)}
                    error={e(f)}
                    width="20"
                  />
                )
              }),
          )}
        </fieldset>
      ))}
    </EditFrame>
  )
}

/** A level's names and colour: a swatch, or another colour with its text colour (contrast). */
export function LevelPage(p: EditPageProps & { adding?: boolean }) {
  const m = matrixMessages(p.ctx.locale)
  const { v, e } = fieldsOf(p)
  const th = p.ctx.locale === 'th'
  const level = p.tree.matrix.levels.find((l) => l.code === p.item)
  const colourError = e('colour')
  const textName = (t: string) => (t === TEXT_COLOURS[0] ? m('level.dark') : m('level.white'))
  const intro = level && (
    <p class="body">
      <LevelSample
        colour={level.colour}
        textColour={level.textColour}
        text={th ? level.nameTh : level.nameEn}
      />{' '}
      {m('level.contrast', { ratio: ratio(level.colour, level.textColour ?? TEXT_COLOURS[0]) })}
    </p>
  )
  const choices = [...SWATCHES.map((s) => s.colour), 'custom']
  return (
    <EditFrame {...p} title={p.adding ? m('level.new') : m('level.title')} intro={intro}>
      <TextField
        id="nameTh"
        label={m('level.nameTh')}
        value={v('nameTh')}
        error={e('nameTh')}
        width="20"
      />
      <TextField
        id="nameEn"
        label={m('level.nameEn')}
        value={v('nameEn')}
        error={e('nameEn')}
        width="20"
      />
      <div class={`form-group${colourError ? ' form-group--error' : ''}`}>
        <fieldset
          class="fieldset"
          aria-describedby={colourError ? 'colour-hint colour-error' : 'colour-hint'}
        >
          <legend class="fieldset__legend">{m('level.colour')}</legend>
          <HintAndError id="colour" hint={m('level.colourHint')} error={colourError} />
          <div class="radios">
            {choices.map((c, i) => {
              const id = i === 0 ? 'colour' : `colour-${i}`
              const s = SWATCHES.find((x) => x.colour === c)
              return (
                <div class="radios__item">
                  <input
                    class="radios__input"
                    id={id}
                    name="colour"
                    type="radio"
                    value={c}
                    checked={v('colour') === c}
                  />
                  <label class="radios__label" for={id}>
                    {s && (
                      <LevelSample
                        colour={s.colour}
                        textColour={s.textColour}
                        text={th ? 'ระดับ' : 'Level'}
                      />
                    )}{' '}
                    {s
                      ? m('level.swatch', {
                          colour: s.colour,
                          text: textName(s.textColour),
                          ratio: ratio(s.colour, s.textColour),
                        })
                      : m('level.custom')}
                  </label>
                </div>
              )
            })}
          </div>
        </fieldset>
      </div>
      <TextField
        id="customColour"
        label={m('level.customColour')}
        value={v('customColour')}
        error={e('customColour')}
        width="10"
      />
      <Radios
        id="textColour"
        legend={m('level.textColour')}
        choices={TEXT_COLOURS.map((t) => ({ value: t, label: textName(t) }))}
        value={v('textColour')}
        error={e('textColour')}
      />
    </EditFrame>
  )
}
