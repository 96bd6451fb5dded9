import type { Locale } from '../time.js'
import { en } from './en.js'
import { th } from './th.js'

export type { Locale } from '../time.js'
export type MessageKey = keyof typeof th
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string

export const LOCALES: readonly Locale[] = ['th', 'en']
export const DEFAULT_LOCALE: Locale = 'th'

const catalogues: Record<Locale, Record<MessageKey, string>> = { th, en }

/** True when the value names a supported locale. */
export function isLocale(value: unknown): value is Locale {
  return value === 'th' || value === 'en'
}

/** A translate function for one locale; {name} placeholders are filled from params. */
export function translator(locale: Locale): Translate {
  const messages = catalogues[locale]
  return (key, params) => {
    const text = messages[key]
    if (!params) return text
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    )
  }
}

/**
 * A feature's own message catalogue: Thai first, English checked for completeness by the type.
 * Returns a function giving the translate function for a locale.
 */
export function defineMessages<K extends string>(catalogue: {
  th: Record<K, string>
  en: Record<NoInfer<K>, string>
}) {
  return (locale: Locale) => {
    const messages = catalogue[locale]
    return (key: K, params?: Record<string, string | number>): string => {
      const text = messages[key]
      if (!params) return text
      return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in params ? String(params[name]) : whole,
      )
    }
  }
}
