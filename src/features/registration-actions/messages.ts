import { defineMessages } from '../../platform/i18n/index.js'

/** The links to what a registrant can change, Thai and English. */
export const actionMessages = defineMessages({
  th: {
    label: 'สิ่งที่ทำได้กับทะเบียนนี้',
    contact: 'เปลี่ยนอีเมล เบอร์มือถือ หรือที่อยู่สำหรับส่งเอกสาร',
    refresh: 'ปรับปรุงข้อมูลจากแหล่งข้อมูล (ธนาคารหรือกรมพัฒนาธุรกิจการค้า)',
    broker: 'ยื่นขอเป็นตัวแทนออกของ',
    renew: 'ต่ออายุและชำระค่าธรรมเนียม',
    cancel: 'ยกเลิกการลงทะเบียน',
    validUntil: 'ใช้ได้ถึงวันที่',
    'kind.importer_exporter': 'ผู้นำเข้าและส่งออก',
    'kind.customs_broker': 'ตัวแทนออกของ',
  },
  en: {
    label: 'What you can do with this registration',
    contact: 'Change e-mail, mobile number or mailing address',
    refresh: 'Update from the source (your bank or the business registry, DBD)',
    broker: 'Apply to be a customs broker',
    renew: 'Renew and pay the fee',
    cancel: 'Cancel this registration',
    validUntil: 'Valid until',
    'kind.importer_exporter': 'Importer and exporter',
    'kind.customs_broker': 'Customs broker',
  },
})
