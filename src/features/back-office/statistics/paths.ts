/** The statistics section's paths: the old channel's import. */
export const STATISTICS_OFFICER_PATHS = {
  import: '/officer/statistics/import',
} as const
