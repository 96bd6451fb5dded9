import { formText, type FieldProblem, type FormBody, type Parsed } from '../../platform/form.js'
import { STEP_QUESTION, type SurveyVersion } from './definition.js'
import type { SurveyAnswer } from './answers.service.js'
import type { SurveyMessage } from './messages.js'

/** The form field of a question. */
export const fieldOf = (question: string) => `q_${question}`

/** What a question's radios offer: the levels, and 'none' when "no opinion" is allowed. */
export function choicesOf(version: SurveyVersion): string[] {
  return ['5', '4', '3', '2', '1', ...(version.allowNoOpinion ? ['none'] : [])]
}

/**
 * The answers to a version (and the step question when the journey struggled): every question
 * needs a level; a value the form never offered, or another version, is a forged form.
 */
export function parseSurveyForm(
  version: SurveyVersion,
  struggled: string | null,
  body: FormBody,
): Parsed<SurveyAnswer, SurveyMessage> & { forged: boolean } {
  const questions = [...version.questions.map((q) => q.id), ...(struggled ? [STEP_QUESTION] : [])]
  const comment = formText(body, 'comment')
  const values: Record<string, string> = { comment }
  const problems: FieldProblem<SurveyMessage>[] = []
  const choices = choicesOf(version)
  let forged = formText(body, 'version') !== String(version.version)
  const answers: SurveyAnswer['answers'] = []
  for (const question of questions) {
    const field = fieldOf(question)
    const value = formText(body, field)
    values[field] = value
    if (value === '') problems.push({ field, key: 'error.level' })
    else if (!choices.includes(value)) {
      forged = true
      problems.push({ field, key: 'error.forged' })
    } else answers.push({ question, level: value === 'none' ? null : Number(value) })
  }
  if ([...comment].length > 2000) problems.push({ field: 'comment', key: 'error.comment' })
  if (forged && problems.length === 0)
    problems.push({ field: fieldOf(questions[0] as string), key: 'error.forged' })
  if (problems.length > 0) return { ok: false, problems, values, forged }
  return {
    ok: true,
    value: {
      version: version.version,
      answers,
      comment: version.allowComment && comment ? comment : null,
    },
    values,
    forged,
  }
}
