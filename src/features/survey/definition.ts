import { z } from 'zod'

/** The struggled step's question, answered as 'step' (the response names the step). */
export const STEP_QUESTION = 'step'

const text = z.string().trim().min(3).max(300)

/** One question of a version: a stable id and its Thai and English texts. */
export const questionSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,39}$/)
    .refine((id) => id !== STEP_QUESTION, 'reserved'),
  th: text,
  en: text,
})
export type Question = z.infer<typeof questionSchema>

/** The texts of a version as stored (questions, the step question with its {step} placeholder). */
export const definitionSchema = z.object({
  questions: z
    .array(questionSchema)
    .min(1)
    .max(20)
    .refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, 'duplicate ids'),
  stepQuestion: z.object({
    th: text.refine((s) => s.includes('{step}')),
    en: text.refine((s) => s.includes('{step}')),
  }),
  allowNoOpinion: z.boolean(),
  allowComment: z.boolean(),
})
export type SurveyTexts = z.infer<typeof definitionSchema>

/** A published version of the survey. */
export interface SurveyVersion extends SurveyTexts {
  version: number
  publishedAt: Date
  publishedBy: string | null
  note: string | null
}
