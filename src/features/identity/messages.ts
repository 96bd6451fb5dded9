import { defineMessages } from '../../platform/i18n/index.js'

export const identityMessages = defineMessages({
  th: {
    'panel.title': 'ยืนยันตัวตนด้วยแอปเป๋าตัง',
    'panel.phone': 'ถ้าท่านใช้โทรศัพท์เครื่องนี้อยู่',
    'panel.open': 'เปิดแอปเป๋าตัง',
    'panel.desktop': 'ถ้าท่านใช้คอมพิวเตอร์ ให้สแกนคิวอาร์โค้ดนี้ด้วยกล้องโทรศัพท์ที่มีแอปเป๋าตัง',
    'panel.qrAlt': 'คิวอาร์โค้ดสำหรับเปิดการยืนยันตัวตนในแอปเป๋าตัง',
    'panel.emailed': 'เราส่งลิงก์เดียวกันนี้ไปที่อีเมลของท่านด้วย',
    'panel.expires': 'ลิงก์นี้ใช้ได้ถึง {time}',
    'panel.waiting': 'กำลังรอผลการยืนยันตัวตนจากธนาคาร หน้านี้จะไปต่อเองเมื่อเสร็จ',
    'panel.finished': 'ยืนยันในแอปเสร็จแล้ว',
    'panel.notYet': 'ธนาคารยังไม่ได้ส่งผลมา ถ้าท่านยืนยันในแอปแล้ว โปรดรอสักครู่แล้วกดอีกครั้ง',
    'failure.title': 'ยืนยันตัวตนไม่สำเร็จ',
    'failure.declined':
      'ท่านปฏิเสธการให้ข้อมูลในแอปธนาคาร ถ้าต้องการลงทะเบียน โปรดเริ่มการยืนยันตัวตนใหม่และกดยินยอมในแอป',
    'failure.expired': 'การยืนยันตัวตนหมดเวลาแล้ว โปรดเริ่มใหม่ ข้อมูลที่ท่านกรอกไว้ยังอยู่ครบ',
    'failure.id_mismatch':
      'เลขประจำตัวประชาชนที่ธนาคารยืนยันไม่ตรงกับเลขที่ท่านกรอก โปรดตรวจสอบเลขที่กรอก หรือยืนยันตัวตนด้วยบัญชีธนาคารของท่านเอง',
    'failure.low_assurance':
      'ระดับความน่าเชื่อถือของการยืนยันตัวตนในแอปยังไม่เพียงพอ โปรดยืนยันตัวตนในแอปเป๋าตังให้สมบูรณ์ (เช่น ยืนยันที่สาขาหรือตู้ ATM) แล้วลองอีกครั้ง',
    'failure.unavailable': 'ขณะนี้ติดต่อระบบของธนาคารไม่ได้ โปรดลองใหม่ภายหลัง ข้อมูลที่ท่านกรอกไว้ยังอยู่ครบ',
    'failure.invalid_response': 'ได้รับผลการยืนยันตัวตนที่ไม่ถูกต้องจากธนาคาร ระบบจึงไม่ใช้ผลนี้ โปรดเริ่มใหม่',
    'failure.not_registered': 'ไม่พบทะเบียนของท่าน ถ้ายังไม่เคยลงทะเบียน โปรดลงทะเบียนก่อน',
    'failure.retry': 'ยืนยันตัวตนอีกครั้ง',
    'failure.counter':
      'ถ้ายืนยันตัวตนผ่านแอปไม่ได้ ท่านลงทะเบียนได้ที่ศูนย์บริการศุลกากร โดยนำบัตรประชาชนไปด้วย หรือโทร 1164',
    'phone.doneTitle': 'ยืนยันตัวตนเรียบร้อย',
    'phone.done': 'กลับไปที่คอมพิวเตอร์หรืออุปกรณ์ที่ท่านเริ่มลงทะเบียน หน้านั้นจะไปต่อเอง',
    'phone.failedHint': 'กลับไปที่อุปกรณ์ที่ท่านเริ่มลงทะเบียนเพื่อดูวิธีแก้ไข',
    'link.invalidTitle': 'ลิงก์นี้ใช้ไม่ได้แล้ว',
    'link.invalid':
      'ลิงก์ยืนยันตัวตนนี้หมดอายุหรือถูกใช้ไปแล้ว โปรดกลับไปที่อุปกรณ์ที่ท่านเริ่มลงทะเบียนแล้วเริ่มการยืนยันตัวตนใหม่',
    'callback.refusedTitle': 'ไม่สามารถใช้ผลการยืนยันตัวตนนี้ได้',
    'callback.refused':
      'ผลการยืนยันตัวตนนี้ไม่ตรงกับคำขอใดในระบบ หรือถูกใช้ไปแล้ว เพื่อความปลอดภัยระบบจึงไม่ใช้ผลนี้ ข้อมูลของท่านไม่มีการเปลี่ยนแปลง',
  },
  en: {
    'panel.title': 'Prove your identity with the Pao Tang app',
    'panel.phone': 'If you are using this phone',
    'panel.open': 'Open Pao Tang',
    'panel.desktop':
      'If you are on a computer, scan this QR code with the camera of the phone that has Pao Tang',
    'panel.qrAlt': 'QR code that opens identity verification in the Pao Tang app',
    'panel.emailed': 'We have also sent this link to your e-mail.',
    'panel.expires': 'This link works until {time}',
    'panel.waiting':
      'Waiting for the result from your bank. This page moves on by itself when it is done.',
    'panel.finished': 'I have finished in the app',
    'panel.notYet':
      'Your bank has not sent the result yet. If you have confirmed in the app, wait a moment and press again.',
    'failure.title': 'Your identity could not be verified',
    'failure.declined':
      'You declined to share your details in the bank app. To register, start the verification again and agree in the app.',
    'failure.expired':
      'The verification timed out. Start it again — everything you typed is still here.',
    'failure.id_mismatch':
      'The ID number your bank verified is not the one you typed. Check the number you typed, or verify with your own bank account.',
    'failure.low_assurance':
      'Your identity in the app is not verified to a high enough level. Complete the identity check in Pao Tang (for example at a branch or ATM) and try again.',
    'failure.unavailable':
      'We cannot reach the bank at the moment. Try again later — everything you typed is still here.',
    'failure.invalid_response':
      'We received an invalid verification result from the bank, so we did not use it. Please start again.',
    'failure.not_registered':
      'We could not find your registration. If you have not registered yet, register first.',
    'failure.retry': 'Verify again',
    'failure.counter':
      'If you cannot verify through the app, you can register at the Customs Service Centre with your ID card, or call 1164.',
    'phone.doneTitle': 'Identity verified',
    'phone.done':
      'Go back to the computer or device where you started. That page moves on by itself.',
    'phone.failedHint': 'Go back to the device where you started to see how to fix this.',
    'link.invalidTitle': 'This link no longer works',
    'link.invalid':
      'This verification link has expired or was already used. Go back to the device where you started and begin the verification again.',
    'callback.refusedTitle': 'This verification result cannot be used',
    'callback.refused':
      'This verification result does not match any request, or was already used. For your safety it was not used, and nothing of yours has changed.',
  },
})
