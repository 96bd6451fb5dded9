/** The statistics feature's public paths, in one place. */
export const STATISTICS_PATHS = {
  page: '/statistics',
  stylesheet: '/statistics/statistics.css',
  /** Open data: the figures of the page as files, and the catalogue's metadata. */
  registrationsCsv: '/statistics/open-data/registrations.csv',
  registrationsJson: '/statistics/open-data/registrations.json',
  summaryJson: '/statistics/open-data/summary.json',
  satisfactionCsv: '/statistics/open-data/satisfaction.csv',
  metadata: '/statistics/open-data/metadata.json',
} as const
