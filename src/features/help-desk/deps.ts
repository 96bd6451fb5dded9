import type { FeatureDeps } from '../../platform/feature-deps.js'

/** What the help desk needs: the common adapters, and DATA_DIR for the attachments. */
export interface HelpDeskDeps extends FeatureDeps {
  dataDir: string
}
