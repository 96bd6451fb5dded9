// The user manual: Markdown in manual/<language>/, rendered into the portal's layout.
export { manualRoutes } from './manual.routes.js'
export { manualHelp, officerTopics, PORTAL_VERSION } from './manual.service.js'
export { ManualText, type TopicView } from './manual.views.js'
export { MANUAL_PATHS } from './paths.js'
export { manualMessages } from './messages.js'
