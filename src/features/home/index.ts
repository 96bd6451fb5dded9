export { homeRoutes, type HomeOptions } from './home.routes.js'
