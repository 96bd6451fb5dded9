import { defineMessages } from '../../../platform/i18n/index.js'

// Cancellation by the registrant: what it means, the confirmation, a company's directors.
const th = {
  back: 'กลับไปหน้าทะเบียนของท่าน',
  'cancel.title': 'ยกเลิกการลงทะเบียน',
  'cancel.means': 'การยกเลิกหมายความว่า',
  'cancel.means1': 'ทะเบียนผู้นำเข้าและส่งออกนี้จะสิ้นสุดทันที ใช้ผ่านพิธีการศุลกากรไม่ได้อีก',
  'cancel.means2': 'การยกเลิกย้อนกลับไม่ได้ หากต้องการกลับมาเป็นผู้นำเข้าและส่งออก ต้องยื่นคำขอลงทะเบียนใหม่',
  'cancel.means3': 'ระบบจะออกใบรับรองการยกเลิกที่ลงลายมือชื่ออิเล็กทรอนิกส์ และส่งอีเมลแจ้ง',
  'cancel.company': 'สำหรับนิติบุคคล กรรมการต้องยืนยันการยกเลิกให้ครบตามอำนาจกรรมการ: {clause}',
  'cancel.verify': 'ยืนยันตัวตนผ่านเป๋าตังเพื่อดำเนินการต่อ',
  'cancel.understood': 'ข้าพเจ้าเข้าใจว่าการยกเลิกย้อนกลับไม่ได้ และการลงทะเบียนอีกครั้งเป็นคำขอใหม่',
  'cancel.submit': 'ยกเลิกการลงทะเบียน',
  'cancel.confirmCompany': 'ยืนยันการยกเลิกในฐานะกรรมการ',
  'cancel.error.understood': 'โปรดยืนยันว่าเข้าใจผลของการยกเลิก',
  'cancel.notLive': 'ทะเบียนนี้ไม่ได้อยู่ในสถานะที่ยกเลิกได้',
  'cancel.pending': 'การยกเลิกที่รอกรรมการยืนยัน',
  'cancel.pendingBody': 'เริ่มเมื่อ {date} กรรมการยืนยันแล้ว {count} คน:',
  'cancel.pendingMine': 'ท่านยืนยันแล้ว ทะเบียนจะถูกยกเลิกเมื่อกรรมการคนอื่นยืนยันครบตามอำนาจกรรมการ',
  'cancel.pendingLink': 'ดูและยืนยันการยกเลิก',
  'cancel.notDirector': 'ท่านไม่ได้เป็นกรรมการตามข้อมูลกรมพัฒนาธุรกิจการค้าในขณะนี้ จึงยืนยันการยกเลิกไม่ได้',
  'cancel.withdraw': 'ถอนการขอยกเลิกนี้',
  'cancel.withdrawn': 'ถอนการขอยกเลิกแล้ว ทะเบียนยังใช้งานได้ตามเดิม',
  'mail.withdrawnSubject': 'กรรมการถอนการขอยกเลิกทะเบียนผู้นำเข้าและผู้ส่งออกของบริษัทแล้ว',
  'mail.withdrawnBody': 'กรรมการถอนการขอยกเลิกทะเบียนเมื่อ {date} ทะเบียนยังใช้งานได้ตามเดิม',
  'done.title': 'ยกเลิกการลงทะเบียนแล้ว',
  'done.body':
    'ทะเบียนถูกยกเลิกเมื่อ {date} ระบบส่งอีเมลยืนยันไปที่ {email} แล้ว หากต้องการกลับมาเป็นผู้นำเข้าและส่งออก ให้ยื่นคำขอลงทะเบียนใหม่',
  'done.receipt': 'ดูใบรับรองการยกเลิก (ลงลายมือชื่ออิเล็กทรอนิกส์)',
  'note.cancelled': 'ยกเลิกเมื่อ {date}',
  'mail.cancelledSubject': 'ทะเบียนผู้นำเข้าและผู้ส่งออกของคุณถูกยกเลิกแล้ว',
  'mail.cancelledBody':
    'ทะเบียนถูกยกเลิกตามคำขอเมื่อ {date}\nใบรับรองการยกเลิก: {receipt}\nหากต้องการกลับมาเป็นผู้นำเข้าและส่งออก ให้ยื่นคำขอลงทะเบียนใหม่ หากไม่ใช่ท่านเป็นผู้ขอ โปรดโทร 1164 ทันที',
  'mail.startedSubject': 'กรรมการเริ่มขอยกเลิกทะเบียนผู้นำเข้าและผู้ส่งออกของบริษัท',
  'mail.startedBody':
    'กรรมการเริ่มขอยกเลิกทะเบียนเมื่อ {date} ทะเบียนจะถูกยกเลิกเมื่อกรรมการยืนยันครบตามอำนาจกรรมการ\nกรรมการคนอื่นเข้าสู่ระบบที่ {link} แล้วดำเนินการในนามนิติบุคคลเพื่อยืนยัน\nหากไม่ได้ตั้งใจยกเลิก โปรดโทร 1164',
}

const en: Record<keyof typeof th, string> = {
  back: 'Back to your registrations',
  'cancel.title': 'Cancel the registration',
  'cancel.means': 'Cancelling means',
  'cancel.means1':
    'This importer and exporter registration ends at once and can no longer be used for customs clearance.',
  'cancel.means2':
    'A cancellation cannot be undone. To trade again you apply for a new registration.',
  'cancel.means3': 'You get a signed cancellation receipt and an e-mail.',
  'cancel.company':
    'For a company, directors confirm the cancellation as its signing clause requires: {clause}',
  'cancel.verify': 'Verify through Pao Tang to continue',
  'cancel.understood':
    'I understand that a cancellation cannot be undone and that registering again is a new application',
  'cancel.submit': 'Cancel the registration',
  'cancel.confirmCompany': 'Confirm the cancellation as a director',
  'cancel.error.understood': 'Confirm that you understand what cancelling means',
  'cancel.notLive': 'This registration is not in a state that can be cancelled.',
  'cancel.pending': 'A cancellation waiting for directors',
  'cancel.pendingBody': 'Started on {date}; confirmed by {count} director(s):',
  'cancel.pendingMine':
    'You have confirmed. The registration is cancelled once the other directors have confirmed as the signing clause requires.',
  'cancel.pendingLink': 'See and confirm the cancellation',
  'cancel.notDirector':
    'DBD does not list you as a director at the moment, so you cannot confirm the cancellation.',
  'cancel.withdraw': 'Withdraw this cancellation',
  'cancel.withdrawn': 'The cancellation was withdrawn. The registration stays as it was.',
  'mail.withdrawnSubject': 'A director withdrew the cancellation of the company’s registration',
  'mail.withdrawnBody':
    'A director withdrew the cancellation of the registration on {date}. The registration stays as it was.',
  'done.title': 'The registration is cancelled',
  'done.body':
    'The registration was cancelled on {date}. A confirmation was e-mailed to {email}. To trade again, apply for a new registration.',
  'done.receipt': 'See the signed cancellation receipt',
  'note.cancelled': 'Cancelled on {date}',
  'mail.cancelledSubject': 'Your importer and exporter registration is cancelled',
  'mail.cancelledBody':
    'The registration was cancelled at your request on {date}.\nCancellation receipt: {receipt}\nTo trade again, apply for a new registration. If you did not ask for this, call 1164 at once.',
  'mail.startedSubject':
    'A director started cancelling the company’s importer and exporter registration',
  'mail.startedBody':
    'A director started cancelling the registration on {date}. It is cancelled once directors have confirmed as the signing clause requires.\nOther directors sign in at {link} and act for the company to confirm.\nIf this was not intended, call 1164.',
}

export const cancellationMessages = defineMessages({ th, en })
export type CancellationMessage = keyof typeof th
