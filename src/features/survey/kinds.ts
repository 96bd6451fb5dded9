import type { SurveyJourneyKind } from '../../platform/db/schema/survey.js'

/**
 * Which journeys a figure counts. 'registration' (the person and company registration journeys)
 * is what the registration's satisfaction means — the public statistics, the risk report and the
 * officers' results by default; a help-desk ticket resolved or a reactivation counts apart, only
 * when chosen.
 */
export const KIND_FILTERS = [
  'registration',
  'person',
  'company',
  'helpdesk',
  'reactivation',
  'all',
] as const
export type SurveyKindFilter = (typeof KIND_FILTERS)[number]

/** The journey kinds a filter counts. */
export function kindsOf(filter: SurveyKindFilter): SurveyJourneyKind[] {
  switch (filter) {
    case 'registration':
      return ['person', 'company']
    case 'all':
      return ['person', 'company', 'helpdesk', 'reactivation']
    default:
      return [filter]
  }
}

/** A filter from a query value; anything else is the registration's default. */
export function parseKindFilter(value: unknown): SurveyKindFilter {
  return KIND_FILTERS.find((k) => k === value) ?? 'registration'
}
