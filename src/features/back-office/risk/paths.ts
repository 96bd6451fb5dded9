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

const R = (id: string) => `/officer/risk/${id}`

/** Editing a draft register's structure, scales and matrix (each page posts to itself). */
export const EDIT_PATHS = {
  serviceNew: (id: string) => `${R(id)}/services/new`,
  service: (id: string, serviceId: string) => `${R(id)}/services/${serviceId}`,
  stepNew: (id: string, serviceId: string) => `${R(id)}/services/${serviceId}/steps/new`,
  step: (id: string, stepId: string) => `${R(id)}/steps/${stepId}`,
  riskNew: (id: string, stepId: string) => `${R(id)}/steps/${stepId}/risks/new`,
  risk: (id: string, riskId: string) => `${R(id)}/risks/${riskId}`,
  controlNew: (id: string, stepId: string) => `${R(id)}/steps/${stepId}/controls/new`,
  control: (id: string, controlId: string) => `${R(id)}/controls/${controlId}`,
  /** The scales, the levels and the grid. */
  grid: (id: string) => `${R(id)}/grid`,
  scales: (id: string) => `${R(id)}/scales`,
  levelNew: (id: string) => `${R(id)}/levels/new`,
  level: (id: string, code: string) => `${R(id)}/levels/${code}`,
  /** A thing's removal, posted from its own page. */
  remove: (path: string) => `${path}/remove`,
} as const
