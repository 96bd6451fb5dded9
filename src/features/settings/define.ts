import { z } from 'zod'
import type { Locale } from '../../platform/time.js'

/** A text in Thai and English. */
export type Bilingual = Record<Locale, string>

/** How an officer enters a setting's value: one of its choices, a number or a text. */
export type SettingInput =
  { kind: 'choice'; choices: readonly string[] } | { kind: 'number' } | { kind: 'text' }

/** A setting declared in code by the feature that reads it: its key, schema, default and texts. */
export interface Setting<T> {
  readonly key: string
  readonly schema: z.ZodType<T>
  readonly default: T
  readonly label: Bilingual
  readonly help: Bilingual
  /** The label of each choice of an enumerated setting (the value itself when absent). */
  readonly choices?: Readonly<Record<string, Bilingual>>
  readonly input: SettingInput
}

const KEY = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/
const registry = new Map<string, Setting<unknown>>()

function inputOf(schema: z.ZodType): SettingInput {
  if (schema instanceof z.ZodEnum)
    return { kind: 'choice', choices: schema.options.map((o) => String(o)) }
  if (schema instanceof z.ZodBoolean) return { kind: 'choice', choices: ['true', 'false'] }
  if (schema instanceof z.ZodNumber) return { kind: 'number' }
  return { kind: 'text' }
}

/**
 * Declares a setting (call once, at module level, in the feature that reads it). The default
 * holds until an officer changes the setting; every change is kept with who, when and why.
 */
export function defineSetting<T>(def: {
  key: string
  schema: z.ZodType<T>
  default: NoInfer<T>
  label: Bilingual
  help: Bilingual
  choices?: Record<string, Bilingual>
}): Setting<T> {
  if (!KEY.test(def.key) || def.key.length > 100) throw new Error(`bad setting key ${def.key}`)
  if (registry.has(def.key)) throw new Error(`setting ${def.key} is declared twice`)
  if (!def.schema.safeParse(def.default).success)
    throw new Error(`the default of ${def.key} does not pass its own schema`)
  const setting: Setting<T> = { ...def, input: inputOf(def.schema) }
  registry.set(def.key, setting as Setting<unknown>)
  return setting
}

/** Every setting declared so far, by key. */
export function declaredSettings(): Setting<unknown>[] {
  return [...registry.values()].sort((a, b) => a.key.localeCompare(b.key))
}

/** The declared setting with this key, if any. */
export function settingByKey(key: string): Setting<unknown> | undefined {
  return registry.get(key)
}

/** A value typed into a form, as the setting's type (then checked by its schema). */
export function valueFromForm(setting: Setting<unknown>, text: string): unknown {
  const input = setting.input
  if (setting.schema instanceof z.ZodBoolean)
    return text === 'true' ? true : text === 'false' ? false : text
  if (input.kind === 'number') return /^-?\d{1,15}(\.\d{1,15})?$/.test(text) ? Number(text) : text
  return text
}

/** A value as the form shows it. */
export function valueToForm(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/** A value as people read it: the choice's label in their language, else the value. */
export function describeValue(setting: Setting<unknown>, value: unknown, locale: Locale): string {
  const text = valueToForm(value)
  return setting.choices?.[text]?.[locale] ?? text
}
