/**
 * Retention periods, per kind of record: the configuration the retention job applies and the
 * record of processing publishes. Short-lived artefacts go; registry records stay as long as
 * customs law needs them (they are listed in processing.ts, never deleted by the job).
 * The kinds and their default days are pure data in platform/retention-kinds.ts (config reads them).
 */
import type { RetentionKind } from '../../platform/retention-kinds.js'

interface Text {
  th: string
  en: string
}

/** What each kind is, from when its period counts, and what the job does with it. */
export const RETENTION_RULES: Record<RetentionKind, { what: Text; from: Text; action: Text }> = {
  identityClaims: {
    what: {
      th: 'ข้อมูลดิบที่ได้รับจากธนาคารเมื่อยืนยันตัวตน (เข้ารหัสไว้)',
      en: 'Raw identity claims received from the bank (encrypted)',
    },
    from: { th: 'นับจากเริ่มยืนยันตัวตน', en: 'from the start of the verification' },
    action: {
      th: 'ลบ เหลือเพียงค่าแฮชสำหรับพิสูจน์ผลการพิจารณา',
      en: 'deleted; only a hash remains to prove the decision',
    },
  },
  verificationArtefacts: {
    what: {
      th: 'ค่าทางเทคนิคของการยืนยันตัวตน (state, nonce, code verifier, ลิงก์ และตัวเลขจับคู่อุปกรณ์)',
      en: 'Technical artefacts of a verification (state, nonce, code verifier, link handle, binding number)',
    },
    from: { th: 'นับจากเวลาหมดอายุของการยืนยันตัวตน', en: 'from the verification’s expiry' },
    action: {
      th: 'เขียนทับด้วยค่าสุ่มที่ใช้งานไม่ได้',
      en: 'overwritten with unusable random values',
    },
  },
  expiredSessions: {
    what: { th: 'เซสชันที่หมดอายุแล้ว', en: 'Expired sessions' },
    from: { th: 'นับจากเวลาหมดอายุ', en: 'from their expiry' },
    action: { th: 'ลบ', en: 'deleted' },
  },
  devMailbox: {
    what: {
      th: 'อีเมลในกล่องจดหมายทดสอบ (เฉพาะระบบจำลอง)',
      en: 'E-mails in the development mailbox (simulators only)',
    },
    from: { th: 'นับจากเวลาส่ง', en: 'from delivery' },
    action: { th: 'ลบ', en: 'deleted' },
  },
  sentMail: {
    what: { th: 'อีเมลที่ส่งแล้วในคิวส่งอีเมล', en: 'Sent e-mails in the outbox' },
    from: { th: 'นับจากเวลาส่ง', en: 'from sending' },
    action: { th: 'ลบ', en: 'deleted' },
  },
  auditIp: {
    what: {
      th: 'หมายเลข IP ที่แนบกับรายการตรวจสอบย้อนหลัง',
      en: 'IP addresses attached to audit events',
    },
    from: { th: 'นับจากเวลาของเหตุการณ์', en: 'from the event' },
    action: {
      th: 'ลบ โดยไม่แตะต้องรายการตรวจสอบย้อนหลังที่ลงนามแล้ว',
      en: 'deleted, leaving the signed audit events untouched',
    },
  },
  auditReason: {
    what: {
      th: 'เหตุผลที่เจ้าหน้าที่เขียนเมื่อเปิดดูข้อมูล',
      en: 'Reasons officers wrote when they revealed data',
    },
    from: { th: 'นับจากเวลาของเหตุการณ์', en: 'from the event' },
    action: {
      th: 'ลบ โดยไม่แตะต้องรายการตรวจสอบย้อนหลังที่ลงนามแล้ว',
      en: 'deleted, leaving the signed audit events untouched',
    },
  },
  requestTexts: {
    what: {
      th: 'ข้อความในคำขอใช้สิทธิของเจ้าของข้อมูลและบันทึกผลการพิจารณา',
      en: 'The words of data-subject requests and their outcome notes',
    },
    from: { th: 'นับจากวันที่ปิดคำขอ', en: 'from the request’s closing' },
    action: {
      th: 'ลบข้อความ คงไว้เพียงประเภทคำขอและผล (บันทึกรายการตามมาตรา 39)',
      en: 'text deleted; the kind and outcome stay (record under s.39)',
    },
  },
}
