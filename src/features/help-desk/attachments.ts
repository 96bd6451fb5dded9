import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

// Attachments: PDF, JPEG or PNG up to 5 MB, the type read from the file's first bytes (never
// from its name or the browser's word), kept in DATA_DIR/help-desk outside the web root.

export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024
export type AttachmentType = 'application/pdf' | 'image/jpeg' | 'image/png'

/** An uploaded file as the multipart parser hands it over. */
export interface Upload {
  fileName: string
  data: Buffer
  /** The parser stopped reading at the size limit. */
  truncated: boolean
}

const MAGIC: { type: AttachmentType; bytes: number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
]

/** The file's type by its content, or undefined for any other kind of file. */
export function sniffType(data: Buffer): AttachmentType | undefined {
  return MAGIC.find((m) => m.bytes.every((b, i) => data[i] === b))?.type
}

export type UploadProblem = 'type' | 'size'

/** Why an upload is refused, or its type. */
export function checkUpload(
  u: Upload,
): { ok: true; type: AttachmentType } | { ok: false; problem: UploadProblem } {
  if (u.truncated || u.data.length > MAX_ATTACHMENT_BYTES) return { ok: false, problem: 'size' }
  const type = sniffType(u.data)
  return type ? { ok: true, type } : { ok: false, problem: 'type' }
}

/** A safe display name: the base name, printable characters, at most 100 of them. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  const clean = base
    .normalize('NFC')
    .replace(/[\p{Cc}"<>]/gu, '')
    .trim()
  return [...clean].slice(0, 100).join('') || 'attachment'
}

/** Where the attachments live. */
export function attachmentDir(dataDir: string): string {
  return join(dataDir, 'help-desk')
}

export async function storeAttachment(dataDir: string, id: string, data: Buffer): Promise<void> {
  await mkdir(attachmentDir(dataDir), { recursive: true, mode: 0o700 })
  await writeFile(join(attachmentDir(dataDir), id), data, { mode: 0o600, flag: 'wx' })
}

export async function readAttachment(dataDir: string, id: string): Promise<Buffer> {
  return readFile(join(attachmentDir(dataDir), id))
}

export async function removeAttachment(dataDir: string, id: string): Promise<void> {
  await rm(join(attachmentDir(dataDir), id), { force: true })
}
