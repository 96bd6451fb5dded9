import QRCode from 'qrcode'
import type { Locale } from '../../platform/i18n/index.js'
import type { PanelProps } from './identity.views.js'
import { IDENTITY_PATHS } from './identity.routes.js'

/** The waiting panel of a pending verification: its link, as a QR code in each language, and the binding number. */
export async function verificationPanel(
  publicBaseUrl: string,
  v: { handle: string; expires_at: Date; binding_code: string | null },
  opts: { emailed: boolean; notYet: boolean },
): Promise<Omit<PanelProps, 'ctx'>> {
  const goUrl = `${publicBaseUrl}${IDENTITY_PATHS.go(v.handle)}`
  // The phone that scans the code opens its pages (the bank's return included) in the language
  // of the screen that shows it: ?lang= sets that browser's language at the first hop.
  const qr = (locale: Locale) =>
    QRCode.toDataURL(`${publicBaseUrl}${IDENTITY_PATHS.go(v.handle, locale)}`, {
      margin: 1,
      width: 220,
      errorCorrectionLevel: 'M',
    })
  const [th, en] = await Promise.all([qr('th'), qr('en')])
  return {
    goUrl,
    qrDataUrl: th,
    qrByLocale: { th, en },
    handle: v.handle,
    expiresAt: v.expires_at,
    emailed: opts.emailed,
    bindingCode: v.binding_code ?? '',
    notYet: opts.notYet,
  }
}
