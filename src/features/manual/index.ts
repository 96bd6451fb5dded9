// The user manual: Markdown in manual/<language>/, rendered into the portal's layout.
export { manualRoutes } from './manual.routes.js'
export { manualHelp } from './manual.service.js'
export { MANUAL_PATHS } from './paths.js'
export { manualMessages } from './messages.js'
