import type { SurveyTexts } from '../../survey/index.js'
import { text, type Body, type FieldProblem, type Parsed } from '../form.js'
import type { DefinitionMessage } from './definition.messages.js'

/** How many question slots the form has: the current questions and two new ones. */
export const slotsFor = (current: number) => Math.min(current + 2, 20)

const ID = /^[a-z][a-z0-9_]{0,39}$/
const okText = (s: string) => [...s].length >= 3 && [...s].length <= 300

/** An edit of the survey: its questions, the step question, the options, the note. */
export function parseDefinition(
  body: Body | undefined,
  slots: number,
): Parsed<SurveyTexts & { basedOn: number; note: string }, DefinitionMessage> {
  const values: Record<string, string> = {}
  const problems: FieldProblem<DefinitionMessage>[] = []
  const basedOn = Number(text(body, 'basedOn'))
  const questions: SurveyTexts['questions'] = []
  for (let i = 0; i < slots; i++) {
    const [id, th, en, remove] = ['id', 'th', 'en', 'remove'].map((f) => text(body, `q${i}_${f}`))
    Object.assign(values, {
      [`q${i}_id`]: id,
      [`q${i}_th`]: th,
      [`q${i}_en`]: en,
      [`q${i}_remove`]: remove,
    })
    if (remove === 'yes' || (!id && !th && !en)) continue
    if (!okText(th ?? '')) problems.push({ field: `q${i}_th`, key: 'error.text' })
    if (!okText(en ?? '')) problems.push({ field: `q${i}_en`, key: 'error.text' })
    // A new question gets an id of its own: the version it first appears in and its place.
    const qid = id && ID.test(id) && id !== 'step' ? id : `q${basedOn + 1}_${i + 1}`
    if (questions.some((q) => q.id === qid)) problems.push({ field: `q${i}_th`, key: 'error.text' })
    questions.push({ id: qid, th: th ?? '', en: en ?? '' })
  }
  if (questions.length === 0) problems.push({ field: 'q0_th', key: 'error.none' })
  const step = { th: text(body, 'step_th'), en: text(body, 'step_en') }
  Object.assign(values, { step_th: step.th, step_en: step.en })
  if (!okText(step.th) || !step.th.includes('{step}'))
    problems.push({ field: 'step_th', key: 'error.step' })
  if (!okText(step.en) || !step.en.includes('{step}'))
    problems.push({ field: 'step_en', key: 'error.step' })
  values.noOpinion = text(body, 'noOpinion')
  values.comment = text(body, 'comment')
  values.note = text(body, 'note')
  const n = [...values.note].length
  if (n < 5 || n > 500) problems.push({ field: 'note', key: 'error.note' })
  if (!Number.isInteger(basedOn) || basedOn < 1 || problems.length > 0)
    return { ok: false, problems, values }
  return {
    ok: true,
    value: {
      basedOn,
      questions,
      stepQuestion: step,
      allowNoOpinion: values.noOpinion === 'yes',
      allowComment: values.comment === 'yes',
      note: values.note,
    },
    values,
  }
}
