// Officers for the browser tests: written into the data folder before the server starts (PGlite
// has one writer), then enrolled and signed in through the real pages.
import type { Kysely } from 'kysely'
import type { Page } from 'playwright-core'
import { secretDigest, totpCode } from '../../src/features/officers/credentials.js'
import { insertOfficer } from '../../src/features/officers/officer-writes.repository.js'
import { OFFICER_PATHS } from '../../src/features/back-office/paths.js'
import type { Role } from '../../src/features/officers/roles.js'
import type { DB } from '../../src/platform/db/schema.js'
import { randomToken } from '../../src/platform/ids.js'

/** An officer waiting to enrol; returns their one-time enrolment link (a path). */
export async function officerAwaitingEnrolment(
  db: Kysely<DB>,
  o: { username: string; name: string; unit: string; roles: Role[] },
): Promise<string> {
  const token = randomToken()
  await db.transaction().execute((trx) =>
    insertOfficer(trx, {
      username: o.username,
      displayName: o.name,
      unit: o.unit,
      roles: o.roles,
      createdBy: null,
      enrolmentTokenHash: secretDigest(token),
      enrolmentExpiresAt: new Date(Date.now() + 3600_000),
      email: `${o.username}@customs.example`,
    }),
  )
  return OFFICER_PATHS.enrolLink(token)
}

/**
 * Enrols through the one-time link (password, authenticator) and signs in with the next TOTP
 * step; the page ends on the back office's home. The enrolment pages themselves are checked in
 * officer.e2e.ts.
 */
export async function enrolAndSignIn(
  page: Page,
  baseUrl: string,
  officer: { link: string; username: string; password: string },
): Promise<void> {
  await page.goto(`${baseUrl}${officer.link}`)
  await page.getByLabel('รหัสผ่านใหม่', { exact: true }).fill(officer.password)
  await page.getByLabel('ยืนยันรหัสผ่านใหม่').fill(officer.password)
  await page.getByRole('button', { name: 'บันทึกรหัสผ่าน' }).click()
  const secret = (await page.locator('[data-totp-secret]').getAttribute('data-totp-secret')) ?? ''
  const step = Math.floor(Date.now() / 30_000)
  await page.getByLabel('รหัส 6 หลักจากแอป').fill(totpCode(secret, step * 30_000 + 1000))
  await page.getByRole('button', { name: 'ยืนยัน' }).click()
  await page.locator('[data-recovery-codes]').waitFor()
  await page.goto(`${baseUrl}${OFFICER_PATHS.signIn}`)
  await page.getByLabel('ชื่อผู้ใช้').fill(officer.username)
  await page.getByLabel('รหัสผ่าน').fill(officer.password)
  await page.getByRole('button', { name: 'ดำเนินการต่อ' }).click()
  await page.getByLabel('รหัสยืนยัน').fill(totpCode(secret, (step + 1) * 30_000 + 1000))
  await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click()
  await page.getByRole('heading', { level: 1, name: 'ระบบงานเจ้าหน้าที่' }).waitFor()
}
