/** Acknowledging a new version of the Terms or the privacy notice. */
export const acknowledgeTh = {
  'ack.title': 'โปรดรับทราบเอกสารฉบับใหม่',
  'ack.intro': 'กรมศุลกากรได้เผยแพร่เอกสารฉบับใหม่ตั้งแต่ท่านใช้บริการครั้งล่าสุด โปรดอ่านและรับทราบก่อนใช้บริการต่อ',
  'ack.version': 'ฉบับที่ {version} เผยแพร่เมื่อ {date}',
  'ack.readFull': 'อ่านฉบับเต็ม: {title}',
  'ack.confirm': 'ข้าพเจ้าได้อ่านและรับทราบเอกสารข้างต้นแล้ว',
  'ack.error': 'เลือกช่องนี้เพื่อยืนยันว่าท่านได้อ่านและรับทราบเอกสารแล้ว',
  'ack.button': 'รับทราบและดำเนินการต่อ',
  'ack.myData': 'ดูข้อมูลส่วนบุคคลที่เราเก็บเกี่ยวกับท่าน',
}

export const acknowledgeEn: Record<keyof typeof acknowledgeTh, string> = {
  'ack.title': 'Please acknowledge the new versions',
  'ack.intro':
    'The Customs Department has published new versions since you last used the service. Please read and acknowledge them before you go on.',
  'ack.version': 'Version {version}, published on {date}',
  'ack.readFull': 'Read the full text: {title}',
  'ack.confirm': 'I have read and acknowledge the documents above',
  'ack.error': 'Select this box to confirm that you have read and acknowledge the documents',
  'ack.button': 'Acknowledge and continue',
  'ack.myData': 'See the personal data we hold about you',
}
