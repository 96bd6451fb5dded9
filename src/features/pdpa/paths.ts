/** Every PDPA path, in one place. */
export const PDPA_PATHS = {
  myData: '/account/my-data',
  exportJson: '/account/my-data/export.json',
  print: '/account/my-data/print',
  newRequest: '/account/my-data/requests/new',
  requests: '/account/my-data/requests',
  request: (id: string) => `/account/my-data/requests/${id}`,
  acknowledge: '/account/acknowledge',
  recordOfProcessing: '/privacy/record-of-processing',
  stylesheet: '/pdpa/assets/pdpa.css',
  dpoRequests: '/officer/pdpa/requests',
  dpoRequest: (id: string) => `/officer/pdpa/requests/${id}`,
  dpoOutcome: (id: string) => `/officer/pdpa/requests/${id}/outcome`,
  dpoDocuments: '/officer/pdpa/documents',
} as const
