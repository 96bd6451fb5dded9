import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// The PDF is the print page printed by the system's Chromium (headless), so that Thai vowels
// and tone marks are shaped by a real text engine. A bounded number run at once; where the
// machine has no Chromium the caller says so plainly.

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const MAX_AT_ONCE = 2
const TIMEOUT_MS = 60_000
let running = 0

export class PdfUnavailable extends Error {
  constructor(readonly reason: 'absent' | 'busy' | 'failed') {
    super(`pdf ${reason}`)
  }
}

/** Whether the machine has the Chromium this route drives. */
export function pdfAvailable(): boolean {
  return existsSync(CHROMIUM)
}

/** Prints a URL (the report's print page) to a PDF with headless Chromium. */
export async function printToPdf(url: string): Promise<Buffer> {
  if (!pdfAvailable()) throw new PdfUnavailable('absent')
  if (running >= MAX_AT_ONCE) throw new PdfUnavailable('busy')
  running++
  const dir = await mkdtemp(join(tmpdir(), 'risk-pdf-'))
  try {
    const file = join(dir, 'report.pdf')
    await new Promise<void>((resolve, reject) =>
      execFile(
        CHROMIUM,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--no-pdf-header-footer',
          `--user-data-dir=${join(dir, 'profile')}`,
          `--print-to-pdf=${file}`,
          url,
        ],
        { timeout: TIMEOUT_MS },
        (err) => (err ? reject(new PdfUnavailable('failed')) : resolve()),
      ),
    )
    return await readFile(file)
  } finally {
    running--
    await rm(dir, { recursive: true, force: true })
  }
}
