export { DOCUMENT_PAGES, documentRoutes } from './documents.routes.js'
export { currentDocuments, findCurrentDocument, type DocumentKind } from './documents.repository.js'
export {
  documentContentHash,
  findVersion,
  insertVersion,
  listVersions,
  type VersionedKind,
  type VersionText,
} from './versions.repository.js'
export { VersionTextFields } from './version-fields.views.js'
