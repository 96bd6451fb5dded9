export { promptPaySimulatorRoutes, type Deliver } from './routes.js'
export { PROMPTPAY_SIMULATOR_PATHS, promptPaySimulatorUrl } from './paths.js'
