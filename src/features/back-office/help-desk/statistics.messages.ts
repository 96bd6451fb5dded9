import { defineMessages } from '../../../platform/i18n/index.js'

const th = {
  title: 'สถิติเรื่องติดต่อและเรื่องร้องเรียน',
  intro: 'นับจากเรื่องที่ได้รับจริงในช่วงวันที่ที่เลือก (เวลาประเทศไทย) เวลาตอบครั้งแรกนับเป็นชั่วโมงทำการ',
  from: 'ตั้งแต่วันที่',
  to: 'ถึงวันที่',
  show: 'แสดง',
  byYear: 'รายปี',
  byQuarter: 'รายไตรมาส',
  none: 'ไม่มีเรื่องในช่วงนี้',
  csv: 'ดาวน์โหลด CSV',
  xlsx: 'ดาวน์โหลด Excel (XLSX)',
  'col.period': 'ช่วงเวลา',
  'col.tickets': 'เรื่องทั้งหมด',
  'col.complaints': 'เรื่องร้องเรียน',
  'col.resolved': 'แก้ไขแล้ว',
  'col.open': 'ยังไม่เสร็จ',
  'col.slaMet': 'ทันเวลามาตรฐาน (%)',
  'col.median': 'มัธยฐานเวลาตอบครั้งแรก (ชั่วโมงทำการ)',
}
type Key = keyof typeof th
const en: Record<Key, string> = {
  title: 'Help desk and complaint statistics',
  intro:
    'Counted from the tickets received between the dates chosen (Thai time); first-response time in business hours.',
  from: 'From',
  to: 'To',
  show: 'Show',
  byYear: 'By year',
  byQuarter: 'By quarter',
  none: 'No tickets in this period',
  csv: 'Download CSV',
  xlsx: 'Download Excel (XLSX)',
  'col.period': 'Period',
  'col.tickets': 'Tickets',
  'col.complaints': 'Complaints',
  'col.resolved': 'Resolved',
  'col.open': 'Not yet resolved',
  'col.slaMet': 'Service targets met (%)',
  'col.median': 'Median first response (business hours)',
}
export const statsMessages = defineMessages({ th, en })
