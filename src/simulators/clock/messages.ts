const th = {
  title: 'นาฬิกาของงานตามกำหนดเวลา (SIMULATOR)',
  lead: 'ใช้ทดสอบงานที่ระบบทำตามเวลา เช่น การลบข้อมูลเมื่อครบกำหนดเก็บ การเตือนก่อนครบกำหนด และการตรวจคำขอของนิติบุคคล โดยเลื่อนนาฬิกาของงานเหล่านี้ไปข้างหน้า ระบบจริงไม่มีหน้านี้ และนาฬิกาถอยหลังไม่ได้',
  now: 'เวลาของงานตามกำหนดเวลา',
  ahead: 'เร็วกว่าเวลาจริง',
  days: 'วัน',
  jobs: 'งานตามกำหนดเวลา',
  job: 'งาน',
  nextRun: 'ครั้งถัดไป',
  lastFinished: 'ทำเสร็จล่าสุด',
  runs: 'จำนวนครั้ง',
  lastError: 'ข้อผิดพลาดล่าสุด',
  never: '—',
  noJobs: 'ยังไม่มีงานใดถูกตั้งเวลา',
  move: 'เลื่อนนาฬิกาไปข้างหน้า',
  daysLabel: 'จำนวนวัน',
  hoursLabel: 'จำนวนชั่วโมง',
  daysHint: '0 ถึง 400 วัน',
  hoursHint: '0 ถึง 23 ชั่วโมง',
  button: 'เลื่อนนาฬิกาและทำงานที่ถึงกำหนด',
  ran: 'งานที่ทำไปเมื่อเลื่อนนาฬิกา: {names}',
  ranNone: 'เลื่อนนาฬิกาแล้ว ไม่มีงานใดถึงกำหนด',
  'error.days': 'ใส่จำนวนวันเป็นตัวเลข 0 ถึง 400',
  'error.hours': 'ใส่จำนวนชั่วโมงเป็นตัวเลข 0 ถึง 23',
  'error.nothing': 'ใส่จำนวนวันหรือชั่วโมงที่จะเลื่อนอย่างน้อยหนึ่งช่อง',
}

const en: Record<keyof typeof th, string> = {
  title: 'Scheduled jobs clock (SIMULATOR)',
  lead: 'For testing the work the portal does on a schedule — removing data past its retention period, reminders before deadlines, the sweep of company applications — by moving these jobs’ clock forward. The real service has no such page, and the clock never goes back.',
  now: 'The scheduled jobs’ time',
  ahead: 'Ahead of real time by',
  days: 'days',
  jobs: 'Scheduled jobs',
  job: 'Job',
  nextRun: 'Next run',
  lastFinished: 'Last finished',
  runs: 'Runs',
  lastError: 'Last error',
  never: '—',
  noJobs: 'No job has been scheduled yet',
  move: 'Move the clock forward',
  daysLabel: 'Days',
  hoursLabel: 'Hours',
  daysHint: '0 to 400 days',
  hoursHint: '0 to 23 hours',
  button: 'Move the clock and run what is due',
  ran: 'Jobs run after moving the clock: {names}',
  ranNone: 'The clock has moved; no job was due',
  'error.days': 'Enter the number of days as a number from 0 to 400',
  'error.hours': 'Enter the number of hours as a number from 0 to 23',
  'error.nothing': 'Enter a number of days or hours to move the clock by',
}

export type ClockMessage = keyof typeof th

/** The clock simulator's texts, Thai by default and English complete (type-checked). */
export function clockMessages(locale: 'th' | 'en') {
  const texts = locale === 'en' ? en : th
  return (key: ClockMessage, params: Record<string, string> = {}) =>
    texts[key].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '')
}
