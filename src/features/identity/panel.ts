import QRCode from 'qrcode'
import type { PanelProps } from './identity.views.js'
import { IDENTITY_PATHS } from './identity.routes.js'

/** The waiting panel of a pending verification: its link, as a QR code too, and the binding number. */
export async function verificationPanel(
  publicBaseUrl: string,
  v: { handle: string; expires_at: Date; binding_code: string | null },
  opts: { emailed: boolean; notYet: boolean },
): Promise<Omit<PanelProps, 'ctx'>> {
  const goUrl = `${publicBaseUrl}${IDENTITY_PATHS.go(v.handle)}`
  const qrDataUrl = await QRCode.toDataURL(goUrl, {
    margin: 1,
    width: 220,
    errorCorrectionLevel: 'M',
  })
  return {
    goUrl,
    qrDataUrl,
    handle: v.handle,
    expiresAt: v.expires_at,
    emailed: opts.emailed,
    bindingCode: v.binding_code ?? '',
    notYet: opts.notYet,
  }
}
