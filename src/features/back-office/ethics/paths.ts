/** The ethics section's paths under /officer. */
export const ETHICS_PATHS = {
  directory: '/officer/ethics/directory',
  importUnits: '/officer/ethics/directory/units',
  importStaff: '/officer/ethics/directory/staff',
  unit: (code: string) => `/officer/ethics/directory/units/${code}`,
  codes: '/officer/ethics/codes',
  campaigns: '/officer/ethics/campaigns',
  newCampaign: '/officer/ethics/campaigns/new',
  campaign: (id: string) => `/officer/ethics/campaigns/${id}`,
  campaignUnit: (id: string, code: string) => `/officer/ethics/campaigns/${id}/units/${code}`,
  campaignExport: (id: string, format: 'csv' | 'xlsx') =>
    `/officer/ethics/campaigns/${id}/progress.${format}`,
} as const
