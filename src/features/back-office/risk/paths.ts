/** The risk register section's paths under /officer. */
export const RISK_PATHS = {
  registers: '/officer/risk',
  register: (id: string) => `/officer/risk/${id}`,
  copy: (id: string) => `/officer/risk/${id}/copy`,
  matrix: (id: string) => `/officer/risk/${id}/matrix`,
  indicators: (id: string) => `/officer/risk/${id}/indicators`,
  preview: (id: string) => `/officer/risk/${id}/preview`,
  /** The named officer signs the report off (a report, never a registration decision). */
  signOff: (id: string) => `/officer/risk/${id}/sign-off`,
  publish: (id: string, reportId: string) => `/officer/risk/${id}/reports/${reportId}/publish`,
} as const
