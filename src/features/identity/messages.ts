import { defineMessages } from '../../platform/i18n/index.js'

export const identityMessages = defineMessages({
  th: {
    'panel.title': 'ยืนยันตัวตนด้วยแอปเป๋าตัง',
    'panel.phone': 'ถ้าแอปเป๋าตังอยู่ในเครื่องนี้',
    'panel.open': 'เปิดแอปเป๋าตัง',
    'panel.otherDevice': 'ใช้อุปกรณ์อื่น: สแกนคิวอาร์โค้ด',
    'panel.desktop': 'สแกนคิวอาร์โค้ดนี้ด้วยกล้องของโทรศัพท์ที่มีแอปเป๋าตัง',
    'panel.qrAlt': 'คิวอาร์โค้ดสำหรับเปิดการยืนยันตัวตนในแอปเป๋าตัง',
    'panel.emailed': 'เราส่งลิงก์เดียวกันนี้ไปที่อีเมลของท่านด้วย',
    'panel.expires': 'ลิงก์นี้ใช้ได้ถึง {time}',
    'panel.waiting': 'กำลังรอผลการยืนยันตัวตนจากธนาคาร หน้านี้จะไปต่อเองเมื่อเสร็จ',
    'panel.finished': 'ยืนยันในแอปเสร็จแล้ว',
    'panel.notYet':
      'ยังไม่ได้รับผลการยืนยันตัวตน ถ้าท่านยืนยันในแอปแล้ว โปรดเลือกตัวเลขบนโทรศัพท์ให้ตรงกับหน้าจอนี้ แล้วกดอีกครั้ง',
    'panel.number': 'ตัวเลขของท่าน',
    'panel.numberHint': 'เมื่อแอปธนาคารพาท่านกลับมาที่เบราว์เซอร์บนโทรศัพท์ ระบบจะถามตัวเลขนี้ โปรดเลือกให้ตรงกัน',
    'bind.title': 'เลือกตัวเลขที่แสดงบนหน้าจอที่ท่านเริ่มทำรายการ',
    'bind.intro':
      'ธนาคารยืนยันตัวตนของท่านแล้ว เพื่อให้แน่ใจว่าท่านเป็นผู้เริ่มทำรายการเอง โปรดเลือกตัวเลขที่แสดงบนหน้าจอคอมพิวเตอร์หรืออุปกรณ์ที่ท่านเริ่มไว้',
    'bind.phoneHint': 'ถ้าท่านเริ่มบนโทรศัพท์ ตัวเลขอยู่ใต้หัวข้อ "ใช้อุปกรณ์อื่น" ในหน้าที่ท่านเริ่มไว้',
    'bind.purpose.registration': 'รายการ: ลงทะเบียนเป็นผู้นำเข้าและส่งออก',
    'bind.purpose.sign-in': 'รายการ: เข้าสู่ระบบเพื่อดูทะเบียนของท่าน',
    'bind.purpose.company-signer': 'รายการ: ยืนยันตัวตนในฐานะกรรมการผู้มีอำนาจลงนามของนิติบุคคล',
    'bind.purpose.authority-grantee': 'รายการ: ยืนยันตัวตนเพื่อรับมอบอำนาจจากนิติบุคคล',
    'bind.purpose.step-up': 'รายการ: ยืนยันตัวตนอีกครั้งก่อนเปลี่ยนแปลงทะเบียนของท่าน',
    'bind.legend': 'ตัวเลขบนหน้าจอที่ท่านเริ่มทำรายการ',
    'bind.none': 'ฉันไม่ได้เริ่มทำรายการนี้ หรือไม่เห็นตัวเลข',
    'bind.warning':
      'ถ้าท่านไม่ได้เริ่มทำรายการนี้เอง อาจมีผู้พยายามใช้ตัวตนของท่าน โปรดเลือก "ฉันไม่ได้เริ่มทำรายการนี้" และอย่าส่งต่อลิงก์หรือคิวอาร์โค้ดให้ผู้อื่น',
    'bind.button': 'ยืนยัน',
    'bind.required': 'เลือกตัวเลขที่แสดงบนหน้าจอที่ท่านเริ่มทำรายการ',
    'bind.notHere':
      'เลือกตัวเลขได้เฉพาะในเบราว์เซอร์ที่แอปธนาคารพาท่านกลับมาเท่านั้น ไม่มีข้อมูลใดถูกใช้ ถ้าท่านเริ่มทำรายการเอง โปรดยืนยันตัวตนใหม่อีกครั้ง',
    'session.endedTitle': 'เซสชันของท่านหมดอายุ',
    'session.ended': 'ข้อมูลที่ท่านกรอกไว้ยังอยู่ เปิดลิงก์ "กลับมาทำคำขอต่อ" ที่เราส่งทางอีเมลเพื่อทำต่อ',
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
    'failure.not_bound':
      'ตัวเลขที่เลือกบนโทรศัพท์ไม่ตรงกับหน้าจอที่เริ่มทำรายการ เพื่อความปลอดภัยระบบจึงไม่ใช้ผลการยืนยันตัวตนนี้ โปรดเริ่มใหม่จากอุปกรณ์ของท่านเอง',
    'failure.too_many': 'เริ่มการยืนยันตัวตนหลายครั้งเกินไปสำหรับคำขอนี้ โปรดโทร 1164 หรือติดต่อศูนย์บริการศุลกากร',
    'failure.not_director':
      'ผู้ที่ยืนยันตัวตนไม่ใช่กรรมการที่ลิงก์นี้ส่งถึงตามข้อมูลกรมพัฒนาธุรกิจการค้า ระบบจึงไม่ใช้ผลนี้และได้บันทึกไว้แล้ว ลิงก์นี้ใช้ได้เฉพาะกรรมการที่ได้รับเชิญเท่านั้น',
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
    'panel.phone': 'If Pao Tang is on this device',
    'panel.open': 'Open Pao Tang',
    'panel.otherDevice': 'Use another device: scan a QR code',
    'panel.desktop': 'Scan this QR code with the camera of the phone that has Pao Tang.',
    'panel.qrAlt': 'QR code that opens identity verification in the Pao Tang app',
    'panel.emailed': 'We have also sent this link to your e-mail.',
    'panel.expires': 'This link works until {time}',
    'panel.waiting':
      'Waiting for the result from your bank. This page moves on by itself when it is done.',
    'panel.finished': 'I have finished in the app',
    'panel.notYet':
      'We have not received the result yet. If you have confirmed in the app, choose the number on your phone that matches this screen, then press again.',
    'panel.number': 'Your number',
    'panel.numberHint':
      'When the bank app takes you back to the browser on your phone, you will be asked for this number. Choose the same one.',
    'bind.title': 'Choose the number shown on the screen where you started',
    'bind.intro':
      'Your bank has verified you. To make sure it was you who started this, choose the number shown on the computer or device where you began.',
    'bind.phoneHint':
      'If you started on a phone, the number is under "Use another device" on the page where you started.',
    'bind.purpose.registration': 'What you are doing: registering as an importer and exporter',
    'bind.purpose.sign-in': 'What you are doing: signing in to see your registration',
    'bind.purpose.company-signer':
      'What you are doing: confirming your identity as a signing director of a company',
    'bind.purpose.authority-grantee':
      'What you are doing: verifying your identity to accept authority from a company',
    'bind.purpose.step-up':
      'What you are doing: verifying again before a change to your registration',
    'bind.legend': 'The number on the screen where you started',
    'bind.none': 'I did not start this, or I cannot see a number',
    'bind.warning':
      'If you did not start this yourself, someone may be trying to use your identity. Choose "I did not start this", and never pass on a link or QR code to anyone.',
    'bind.button': 'Confirm',
    'bind.required': 'Choose the number shown on the screen where you started',
    'bind.notHere':
      'The number can only be chosen in the browser the bank app brought you back to. Nothing has been used. If you started this yourself, verify your identity again.',
    'session.endedTitle': 'Your session has ended',
    'session.ended':
      'Your answers are saved. Open the "Continue your application" link we e-mailed you to carry on.',
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
    'failure.not_bound':
      'The number chosen on the phone did not match the screen where this started, so for your safety the verification was not used. Start again from your own device.',
    'failure.too_many':
      'Identity verification was started too many times for this application. Call 1164 or visit the Customs Service Centre.',
    'failure.not_director':
      'The person who verified is not the director this link was sent to, according to the Department of Business Development, so the result was not used and this has been recorded. Only the invited director can use this link.',
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
