/** The service-quality section's paths: the settings, the survey's results and its questions. */
export const SERVICE_QUALITY_PATHS = {
  settings: '/officer/settings',
  setting: (key: string) => `/officer/settings/${key}`,
  surveyResults: '/officer/survey/results',
  surveyResultsCsv: '/officer/survey/results.csv',
  surveyResultsXlsx: '/officer/survey/results.xlsx',
  surveyComments: '/officer/survey/comments',
  surveyDefinition: '/officer/survey/definition',
} as const
