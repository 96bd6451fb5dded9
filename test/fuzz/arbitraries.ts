// Hostile values for the fuzz tests: what a careless client, a scanner or an attacker sends.
import fc from 'fast-check'

/** Fragments that break out of SQL, HTML, attributes, URLs, templates and headers. */
export const MALICIOUS = [
  "' OR '1'='1",
  "'; DROP TABLE applications; --",
  '1 UNION SELECT national_id_enc FROM natural_persons--',
  "1' AND pg_sleep(5)--",
  '$1',
  '\\x00',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  'javascript:alert(1)',
  '{{7*7}}${7*7}<%= 7*7 %>',
  '../../../../etc/passwd',
  '%00%0d%0aSet-Cookie: x=1',
  'a\r\nBcc: victim@example.com',
  '__proto__',
  'constructor',
  '{"$ne":null}',
  '١٢٣٤٥٦٧٨٩٠١٢٣',
  '๑๒๓๔๕๖๗๘๙๐๑๒๓',
  'ก\u0e31\u0e48\u0e49\u0e4a\u0e4b\u0e47\u0e4c\u0e4d'.repeat(20),
  'ำ'.repeat(50),
  '\u200b\u200c\u200d\ufeff',
  '\u202e\u2066evil\u2069',
  'ＡＢＣ＠ｅｘａｍｐｌｅ．ｃｏｍ',
  'x'.repeat(5_000),
  '\ud800',
  '🇹🇭👨‍👩‍👧‍👦',
] as const

/** One character from the hard parts of Unicode for this service. */
const hardChar = fc.oneof(
  fc.constantFrom(
    '\u0000',
    '\u0007',
    '\u001b',
    '\u007f',
    '\u0085',
    '\u2028',
    '\u200b',
    '\u200d',
    '\ufeff',
    '\u202e',
    '\u0e31',
    '\u0e33',
    '\u0e47',
    '\u0e48',
    '\u0e4c',
    '\u0301',
    '<',
    '>',
    '"',
    "'",
    '&',
    ';',
    '\\',
    '%',
    '\r',
    '\n',
    '\t',
  ),
  fc.integer({ min: 0x0e00, max: 0x0e7f }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x0400, max: 0x04ff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x4e00, max: 0x4f00 }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x30, max: 0x39 }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x0e50, max: 0x0e59 }).map((c) => String.fromCharCode(c)),
)

/** A hostile string: mixed scripts, combining marks, controls, fragments, or simply too long. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: hardChar, maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom(...MALICIOUS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...MALICIOUS), fc.string({ unit: hardChar, maxLength: 10 }))
      .map(([a, b]) => `${b}${a}${b}`),
  },
  { weight: 1, arbitrary: fc.integer({ min: 300, max: 20_000 }).map((n) => 'ก'.repeat(n)) },
)

/** Any JSON value where a string is expected: wrong types, arrays, objects, nulls. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.array(hostileString, { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('a', '__proto__', 'toString', '$gt'), hostileString, {
    maxKeys: 2,
  }),
)

/** A field value: mostly hostile strings, sometimes the wrong type altogether. */
export const fieldValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 1, arbitrary: wrongType },
)

/** A form as the fuzz sends it: the named fields (some left out) plus stray ones. */
export function formOf(fields: string[]): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(
      fc.record(Object.fromEntries(fields.map((f) => [f, fieldValue])), { requiredKeys: [] }),
      fc.dictionary(fc.constantFrom('extra', 'status', 'step', 'personId', 'admin'), fieldValue, {
        maxKeys: 2,
      }),
    )
    .map(([known, stray]) => ({ ...stray, ...known }))
}

/** How the body travels: url-encoded (strings and repeated keys only) or JSON (any type). */
export const encoding = fc.constantFrom('form', 'json' as const)
