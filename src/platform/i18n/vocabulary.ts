import type { Locale } from '../time.js'

/** A vocabulary: Thai first, English checked for completeness by the type. */
function defineVocabulary<K extends string>(v: {
  th: Record<K, string>
  en: Record<NoInfer<K>, string>
}): Record<Locale, Record<K, string>> {
  return v
}

/**
 * Texts that several catalogues say in the same words, written once. A catalogue keeps its own
 * key and takes the text from here (`'error.email.format': vocabulary.th.emailFormat`), so
 * every page says it the same way.
 */
export const vocabulary = defineVocabulary({
  th: {
    emailFormat: 'กรอกอีเมลให้ถูกต้อง เช่น name@example.com',
  },
  en: {
    emailFormat: 'Enter an e-mail address in the right format, like name@example.com',
  },
})
