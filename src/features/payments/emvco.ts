// EMVCo merchant-presented QR (the Thai QR Code standard's outer format): tag-length-value
// fields of two-digit tags and two-digit lengths, closed by a CRC-16/CCITT-FALSE in tag 63.

/** One field: two-digit tag, two-digit length, value. */
export function tlv(tag: string, value: string): string {
  if (!/^\d{2}$/.test(tag)) throw new RangeError(`bad EMVCo tag ${tag}`)
  if (value.length > 99) throw new RangeError(`EMVCo field ${tag} is longer than 99`)
  return `${tag}${String(value.length).padStart(2, '0')}${value}`
}

/** CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF) as four upper-case hex digits. */
export function crc16(text: string): string {
  let crc = 0xffff
  for (const byte of Buffer.from(text, 'utf8')) {
    crc ^= byte << 8
    for (let i = 0; i < 8; i++)
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff
  }
  return crc.toString(16).toUpperCase().padStart(4, '0')
}

/** Fields followed by tag 63 with the CRC of everything before it (its own tag and length too). */
export function withCrc(fields: string): string {
  const body = `${fields}6304`
  return `${body}${crc16(body)}`
}

/** The fields of a payload, by tag; undefined when the structure or the CRC is wrong. */
export function parseTlv(payload: string, checkCrc = true): Map<string, string> | undefined {
  if (checkCrc) {
    if (payload.length < 8 || payload.slice(-8, -4) !== '6304') return undefined
    if (crc16(payload.slice(0, -4)) !== payload.slice(-4).toUpperCase()) return undefined
  }
  const fields = new Map<string, string>()
  let i = 0
  while (i < payload.length) {
    const tag = payload.slice(i, i + 2)
    const len = Number(payload.slice(i + 2, i + 4))
    if (!/^\d{2}$/.test(tag) || !Number.isInteger(len) || i + 4 + len > payload.length)
      return undefined
    fields.set(tag, payload.slice(i + 4, i + 4 + len))
    i += 4 + len
  }
  return fields
}
