/** "My data": the legal block said once, the short names of the bases, each section's count. */
export const myDataLegalTh = {
  'legal.title': 'ฐานทางกฎหมายและระยะเวลาเก็บรักษา',
  'legal.exceptions': 'ใช้กับข้อมูลทุกหมวดด้านล่าง เว้นแต่หมวดนั้นระบุระยะเวลาเก็บรักษาหรือการขอลบไว้เป็นอย่างอื่น',
  'basis.public_task': 'ภารกิจของรัฐ',
  'basis.legal_obligation': 'หน้าที่ตามกฎหมาย',
  'myData.count': '{count} รายการ',
}

export const myDataLegalEn: Record<keyof typeof myDataLegalTh, string> = {
  'legal.title': 'Lawful bases and how long data is kept',
  'legal.exceptions':
    'This applies to every category below, unless its own section says otherwise about keeping or erasing it.',
  'basis.public_task': 'Public task',
  'basis.legal_obligation': 'Legal obligation',
  'myData.count': '{count} items',
}
