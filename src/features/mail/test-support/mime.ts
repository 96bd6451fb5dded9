// Just enough MIME decoding for tests to read back what nodemailer encoded: unfolded headers,
// RFC 2047 encoded words, and base64 or quoted-printable text parts.

function decodeQuotedPrintable(text: string): Buffer {
  const bytes: number[] = []
  const soft = text.replace(/=\r?\n/g, '')
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3)
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16))
      i += 2
    } else bytes.push(...Buffer.from(soft[i] ?? '', 'utf8'))
  }
  return Buffer.from(bytes)
}

function decodeEncodedWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, enc: string, data: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')).toString('utf8'),
    )
}

function split(entity: string): { headers: Map<string, string>; body: string } {
  const at = entity.indexOf('\r\n\r\n')
  const head = (at === -1 ? entity : entity.slice(0, at)).replace(/\r\n[ \t]+/g, ' ')
  const headers = new Map<string, string>()
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':')
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim())
  }
  return { headers, body: at === -1 ? '' : entity.slice(at + 4) }
}

/** A header of a MIME message, unfolded and decoded. */
export function mimeHeader(raw: string, name: string): string | undefined {
  const value = split(raw).headers.get(name.toLowerCase())
  return value === undefined ? undefined : decodeEncodedWords(value)
}

/** The decoded text/plain part of a MIME message (single part or multipart). */
export function mimeText(raw: string): string | undefined {
  const { headers, body } = split(raw)
  const type = headers.get('content-type') ?? 'text/plain'
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1]
  if (boundary !== undefined) {
    for (const part of body.split(`--${boundary}`).slice(1)) {
      const text = mimeText(part.replace(/^\r\n/, ''))
      if (text !== undefined) return text
    }
    return undefined
  }
  if (!/^text\/plain/i.test(type)) return undefined
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase()
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (encoding === 'quoted-printable')
    return decodeQuotedPrintable(body).toString('utf8').replace(/\r\n$/, '')
  return body.replace(/\r\n$/, '')
}
