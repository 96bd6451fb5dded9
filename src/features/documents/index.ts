export { documentRoutes } from './documents.routes.js'
export { currentDocuments, findCurrentDocument, type DocumentKind } from './documents.repository.js'
