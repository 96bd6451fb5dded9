import { defineMessages } from '../../../../platform/i18n/index.js'
import { companyText } from '../../messages.js'

const th = {
  ...companyText.th,
  'company.title': 'เลขทะเบียนนิติบุคคล',
  'company.label': 'เลขทะเบียนนิติบุคคล',
  'company.hint': '13 หลัก ตามหนังสือรับรองของกรมพัฒนาธุรกิจการค้า เช่น 0 1055 12345 67 8',
  'company.button': 'ค้นหาข้อมูลจาก DBD',
  'error.juristicId.required': 'กรอกเลขทะเบียนนิติบุคคล',
  'error.juristicId.format': 'เลขทะเบียนนิติบุคคลต้องมี 13 หลัก',
  'error.juristicId.checksum': 'เลขทะเบียนนิติบุคคลไม่ถูกต้อง โปรดตรวจสอบว่ากรอกครบทุกหลักตามหนังสือรับรอง',
  'precheck.title': 'ข้อมูลของท่านตามกรมพัฒนาธุรกิจการค้า',
  'precheck.fetched': 'ข้อมูล ณ {time} จาก{source}',
  'precheck.source.http': 'ระบบของกรมพัฒนาธุรกิจการค้า',
  'precheck.source.synthetic': 'ทะเบียนจำลอง (SIMULATOR) ไม่ใช่ข้อมูลจริง',
  'precheck.nameEn': 'ชื่อ (ภาษาอังกฤษ)',
  'precheck.type': 'ประเภท',
  'precheck.status': 'สถานะ',
  'precheck.registeredOn': 'วันที่จดทะเบียน',
  'precheck.address': 'ที่ตั้งสำนักงานใหญ่',
  'precheck.directors': 'กรรมการ',
  'precheck.clause': 'อำนาจกรรมการ (ตามที่ DBD บันทึก)',
  'precheck.clauseWords': 'ความหมาย',
  'precheck.continue': 'ถูกต้อง ดำเนินการต่อ',
  'precheck.other': 'ค้นหาเลขทะเบียนอื่น',
  'precheck.nationality': 'สัญชาติ{name}',
  'status.active': 'ยังดำเนินกิจการอยู่',
  'status.restored': 'ฟื้นฟูสถานะแล้ว (ดำเนินกิจการได้)',
  'status.closed': 'เลิกกิจการ / ถูกขีดชื่อ',
  'status.bankrupt': 'ล้มละลาย',
  'problem.title': 'ลงทะเบียนออนไลน์ไม่ได้',
  'problem.not_found':
    'ไม่พบเลขทะเบียนนี้ในกรมพัฒนาธุรกิจการค้า โปรดตรวจสอบเลขตามหนังสือรับรอง ถ้าเลขถูกต้อง โปรดติดต่อ DBD โทร 1570',
  'problem.not_active':
    'สถานะของนิติบุคคลนี้คือ "{status}" ต้องเป็นนิติบุคคลที่ยังดำเนินกิจการอยู่ จึงลงทะเบียนได้ ถ้าข้อมูลไม่ถูกต้อง โปรดติดต่อ DBD โทร 1570',
  'problem.foreign_director':
    'กรรมการทุกคนต้องมีสัญชาติไทยจึงลงทะเบียนออนไลน์ได้ นิติบุคคลนี้มีกรรมการที่ไม่ใช่สัญชาติไทย โปรดยื่นคำขอที่ศูนย์บริการศุลกากรพร้อมหนังสือรับรองและเอกสารของกรรมการ',
  'problem.already_registered':
    'นิติบุคคลนี้ลงทะเบียนเป็นผู้นำเข้าและส่งออกแล้ว กรรมการเข้าสู่ระบบเพื่อดูทะเบียนได้ ไม่ต้องลงทะเบียนซ้ำ',
  'problem.in_progress':
    'มีคำขอของนิติบุคคลนี้กำลังดำเนินการอยู่ (เลขอ้างอิง {reference}) โปรดติดต่อกรรมการที่เริ่มคำขอ ถ้าท่านได้รับอีเมลเชิญ ให้ใช้ลิงก์ในอีเมลนั้น',
  'problem.clause_unparseable':
    'ระบบอ่านอำนาจกรรมการของนิติบุคคลนี้โดยอัตโนมัติไม่ได้ ({reason}) และจะไม่เดาความหมาย โปรดยื่นคำขอที่ศูนย์บริการศุลกากรพร้อมหนังสือรับรอง',
  'problem.counter': 'ศูนย์บริการศุลกากร: โทร 1164 วันทำการ 08:30–16:30 น.',
}

const en: Record<keyof typeof th, string> = {
  ...companyText.en,
  'company.title': 'Juristic ID',
  'company.label': 'Juristic ID',
  'company.hint':
    '13 digits, as on the DBD certificate of registration, for example 0 1055 12345 67 8',
  'company.button': 'Look it up at DBD',
  'error.juristicId.required': 'Enter the juristic ID',
  'error.juristicId.format': 'The juristic ID must have 13 digits',
  'error.juristicId.checksum':
    'This juristic ID is not valid. Check every digit against the certificate of registration',
  'precheck.title': 'What DBD says about you',
  'precheck.fetched': 'As of {time}, from {source}',
  'precheck.source.http': 'the Department of Business Development',
  'precheck.source.synthetic': 'the synthetic registry (SIMULATOR), not real data',
  'precheck.nameEn': 'Name (English)',
  'precheck.type': 'Type',
  'precheck.status': 'Status',
  'precheck.registeredOn': 'Registered on',
  'precheck.address': 'Head office',
  'precheck.directors': 'Directors',
  'precheck.clause': 'Signing authority (as DBD records it)',
  'precheck.clauseWords': 'In words',
  'precheck.continue': 'This is correct, continue',
  'precheck.other': 'Look up another ID',
  'precheck.nationality': '{name} national',
  'status.active': 'Active',
  'status.restored': 'Restored (may trade)',
  'status.closed': 'Closed or struck off',
  'status.bankrupt': 'Bankrupt',
  'problem.title': 'This company cannot register online',
  'problem.not_found':
    'DBD has no juristic person with this ID. Check the number on the certificate; if it is right, contact DBD on 1570.',
  'problem.not_active':
    'DBD records this juristic person as "{status}". Only a company that is still trading can register. If this is wrong, contact DBD on 1570.',
  'problem.foreign_director':
    'Every director must be a Thai national to register online, and this company has a director who is not. Apply at the Customs Service Centre with the certificate of registration and the directors’ documents.',
  'problem.already_registered':
    'This company is already registered as an importer and exporter. Its directors can sign in to see the registration; there is no need to register again.',
  'problem.in_progress':
    'An application for this company is already in progress (reference {reference}). Contact the director who started it; if you were invited by e-mail, use the link in that e-mail.',
  'problem.clause_unparseable':
    'The portal cannot read this company’s signing authority automatically ({reason}) and will not guess what it means. Apply at the Customs Service Centre with the certificate of registration.',
  'problem.counter': 'Customs Service Centre: call 1164, working days 08:30–16:30.',
}

/** The texts of the company step (the juristic ID and what DBD says), with the journey's shared ones. */
export const companyStepMessages = defineMessages({ th, en })
export type CompanyStepMessage = keyof typeof th
export type CompanyStepTranslate = ReturnType<typeof companyStepMessages>
