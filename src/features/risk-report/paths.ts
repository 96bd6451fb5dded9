/** The public report pages and their outputs. */
export const REPORT_PATHS = {
  list: '/reports',
  css: '/reports/report.css',
  report: (id: string) => `/reports/${id}`,
  print: (id: string) => `/reports/${id}/print`,
  xlsx: (id: string) => `/reports/${id}/report.xlsx`,
  docx: (id: string) => `/reports/${id}/report.docx`,
  pdf: (id: string) => `/reports/${id}/report.pdf`,
} as const
