export { documentRoutes } from './documents.routes.js'
export { findCurrentDocument, type DocumentKind } from './documents.repository.js'
