export const PROMPTPAY_SIMULATOR_PATHS = {
  /** The bank app SIMULATOR: ?qr=<payload>&return=<portal path>. */
  page: '/simulators/promptpay',
} as const

/** The simulator's page for a QR payload, with the portal path to come back to. */
export function promptPaySimulatorUrl(qrPayload: string, returnTo: string): string {
  const q = new URLSearchParams({ qr: qrPayload, return: returnTo })
  return `${PROMPTPAY_SIMULATOR_PATHS.page}?${q.toString()}`
}
