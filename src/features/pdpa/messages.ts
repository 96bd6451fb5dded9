import { defineMessages } from '../../platform/i18n/index.js'
import { acknowledgeEn, acknowledgeTh } from './acknowledge.messages.js'
import { myDataLegalEn, myDataLegalTh } from './my-data-legal.messages.js'
import { myDataEn, myDataTh } from './my-data.messages.js'
import { requestsEn, requestsTh } from './requests.messages.js'
import { ropaEn, ropaTh } from './ropa.messages.js'

/**
 * The registrant's PDPA pages: "my data", requests, acknowledgement, record of processing.
 * Each area keeps its texts in its own file; this is the one catalogue the pages use.
 */
export const pdpaMessages = defineMessages({
  th: { ...myDataTh, ...myDataLegalTh, ...requestsTh, ...acknowledgeTh, ...ropaTh },
  en: { ...myDataEn, ...myDataLegalEn, ...requestsEn, ...acknowledgeEn, ...ropaEn },
})

export type PdpaMessage = Parameters<ReturnType<typeof pdpaMessages>>[0]
export type PdpaTranslate = ReturnType<typeof pdpaMessages>
