import { defineMessages } from '../../platform/i18n/index.js'

export const reportMessages = defineMessages({
  th: {
    'list.title': 'รายงานผลการบริหารจัดการความเสี่ยงการทุจริต',
    'list.lead': 'รายงานที่ผู้มีอำนาจอนุมัติและเผยแพร่แล้ว ตัวเลขในแต่ละรายงานคงที่ตามวันที่อนุมัติ',
    'list.none': 'ยังไม่มีรายงานที่เผยแพร่',
    'list.year': 'ปีงบประมาณ พ.ศ. {year}',
    'round.plan': 'แผน',
    'round.six_month': 'รายงานรอบ 6 เดือน',
    'round.year_end': 'รายงานรอบ 12 เดือน',
    'report.meta':
      'ฉบับที่ {version} อนุมัติโดย {name} เมื่อ {at} (บันทึกข้อความที่ {memo}) เผยแพร่เมื่อ {published}',
    'report.ita': 'ITA ปี {year} ข้อ {code} {title}',
    'report.frozen': 'ตัวเลขในรายงานนี้คำนวณจากข้อมูลในระบบ ณ {at} และไม่เปลี่ยนแปลงหลังเผยแพร่',
    'report.outputs': 'ดาวน์โหลด',
    'report.print': 'หน้าพิมพ์ A4',
    'report.pdf': 'PDF',
    'report.xlsx': 'Excel (XLSX)',
    'report.docx': 'Word (DOCX)',
    'report.table': 'ตารางรายงาน',
    'report.digits': 'ตัวเลขไทย',
    'report.arabic': 'ตัวเลขอารบิก',
    'pdf.unavailable':
      'เครื่องแม่ข่ายนี้ไม่มีโปรแกรม Chromium จึงสร้างไฟล์ PDF ไม่ได้ กรุณาเปิดหน้าพิมพ์ A4 แล้วสั่งพิมพ์เป็น PDF จากเบราว์เซอร์',
    'pdf.busy': 'ระบบกำลังสร้างไฟล์ PDF อื่นอยู่ กรุณาลองใหม่อีกครั้ง',
    'home.link': 'รายงานผลการบริหารจัดการความเสี่ยงการทุจริต',
  },
  en: {
    'list.title': 'Corruption-risk management reports',
    'list.lead':
      'Reports approved and published by the agency. The figures of each report are frozen as of its approval.',
    'list.none': 'No report has been published yet.',
    'list.year': 'Fiscal year {year}',
    'round.plan': 'Plan',
    'round.six_month': '6-month report',
    'round.year_end': 'Year-end report',
    'report.meta':
      'Version {version}, approved by {name} on {at} (memo {memo}), published on {published}',
    'report.ita': 'ITA {year} item {code} {title}',
    'report.frozen':
      'The figures of this report were computed from the records on {at} and do not change after publication.',
    'report.outputs': 'Downloads',
    'report.print': 'A4 print page',
    'report.pdf': 'PDF',
    'report.xlsx': 'Excel (XLSX)',
    'report.docx': 'Word (DOCX)',
    'report.table': 'The report table',
    'report.digits': 'Thai digits',
    'report.arabic': 'Arabic digits',
    'pdf.unavailable':
      'This server has no Chromium, so it cannot make the PDF. Open the A4 print page and print it to PDF from your browser.',
    'pdf.busy': 'Other PDFs are being made. Please try again in a moment.',
    'home.link': 'Corruption-risk management reports',
  },
})
