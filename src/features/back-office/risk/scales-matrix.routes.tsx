import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify'
import type { BackOfficeDeps } from '../../officers/index.js'
import { SWATCHES, TEXT_COLOURS, type Level } from '../../risk-report/index.js'
import { editForm, LEVEL_CODE } from './edit.form.js'
import { matrixMessages } from './matrix.messages.js'
import { EDIT_PATHS } from './paths.js'
import { parseGrid, parseLevel, parseScales, pointField } from './scales-matrix.schema.js'
import { GridPage, LevelPage, ScalesPage } from './scales-matrix.views.js'

const levelValues = (l: Level) => {
  const swatch = SWATCHES.some((s) => s.colour === l.colour && s.textColour === l.textColour)
  return {
    nameTh: l.nameTh,
    nameEn: l.nameEn,
    colour: swatch ? l.colour : 'custom',
    customColour: swatch ? '' : l.colour,
    textColour: l.textColour ?? TEXT_COLOURS[0],
  }
}

/** The scales, the matrix's levels and the grid of a draft register: data, never code. */
export function scalesMatrixRoutes(
  app: FastifyInstance,
  deps: { deps: BackOfficeDeps; pre: preHandlerAsyncHookHandler },
): void {
  editForm(app, deps, {
    path: (id) => EDIT_PATHS.grid(id),
    item: false,
    parse: parseGrid,
    messages: matrixMessages,
    Page: GridPage,
    initial: (tree) =>
      Object.fromEntries(Object.entries(tree.matrix.cells).map(([k, code]) => [`c${k}`, code])),
    edit: (cells) => ({ op: 'matrix_changed', cells }),
    first: 'c1x1',
  })
  editForm(app, deps, {
    path: (id) => EDIT_PATHS.scales(id),
    item: false,
    parse: parseScales,
    messages: matrixMessages,
    Page: ScalesPage,
    initial: ({ matrix }) => {
      const values: Record<string, string> = {
        likelihoodMax: String(matrix.likelihoodMax),
        impactMax: String(matrix.impactMax),
      }
      for (const axis of ['likelihood', 'impact'] as const) {
        const max = axis === 'likelihood' ? matrix.likelihoodMax : matrix.impactMax
        for (let n = 1; n <= max; n++) {
          const p = matrix.points?.[axis].find((x) => x.value === n)
          values[pointField(axis, 'Th', n)] = p?.nameTh ?? String(n)
          values[pointField(axis, 'En', n)] = p?.nameEn ?? String(n)
        }
      }
      return values
    },
    edit: (s) => ({ op: 'scales_changed', ...s }),
    first: 'likelihoodMax',
    back: EDIT_PATHS.grid,
  })
  editForm(app, deps, {
    path: (id) => EDIT_PATHS.levelNew(id),
    item: false,
    parse: parseLevel,
    messages: matrixMessages,
    Page: (p) => <LevelPage {...p} adding />,
    initial: () => ({ colour: SWATCHES[0]?.colour ?? '', textColour: TEXT_COLOURS[0] }),
    edit: (level) => ({ op: 'level_added', level }),
    first: 'nameTh',
    back: EDIT_PATHS.grid,
  })
  editForm(app, deps, {
    path: EDIT_PATHS.level,
    item: LEVEL_CODE,
    parse: parseLevel,
    messages: matrixMessages,
    Page: LevelPage,
    initial: (tree, item) => {
      const l = tree.matrix.levels.find((x) => x.code === item)
      return l && levelValues(l)
    },
    edit: (level, item) => ({ op: 'level_edited', item, level }),
    remove: (item) => ({ op: 'level_removed', item }),
    first: 'nameTh',
    back: EDIT_PATHS.grid,
  })
}
