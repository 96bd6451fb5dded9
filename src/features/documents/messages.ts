import { defineMessages } from '../../platform/i18n/index.js'

/** The public page of the agency's data-protection policy, and a new version's text fields. */
export const documentMessages = defineMessages({
  th: {
    'policy.none': 'ยังไม่มีการเผยแพร่นโยบายการคุ้มครองข้อมูลส่วนบุคคล',
    'policy.meta': 'ฉบับที่ {version} มีผลตั้งแต่ {effective} เผยแพร่เมื่อ {published}',
    'policy.hash': 'ลายนิ้วมือของเนื้อหา (SHA-256)',
    'policy.title': 'นโยบายการคุ้มครองข้อมูลส่วนบุคคล',
    'version.titleTh': 'ชื่อ (ภาษาไทย)',
    'version.titleEn': 'ชื่อ (ภาษาอังกฤษ)',
    'version.bodyTh': 'เนื้อหา (ภาษาไทย)',
    'version.bodyEn': 'เนื้อหา (ภาษาอังกฤษ)',
  },
  en: {
    'policy.none': 'No data-protection policy has been published yet',
    'policy.meta': 'Version {version}, in effect from {effective}, published {published}',
    'policy.hash': 'Fingerprint of the text (SHA-256)',
    'policy.title': 'Data-protection policy',
    'version.titleTh': 'Title (Thai)',
    'version.titleEn': 'Title (English)',
    'version.bodyTh': 'Text (Thai)',
    'version.bodyEn': 'Text (English)',
  },
})
