import { defineMessages } from '../../platform/i18n/index.js'

export const apiDocsMessages = defineMessages({
  th: {
    title: 'ประเภทปัญหาของ API',
    lead: 'เมื่อ API ของพอร์ทัลปฏิเสธคำขอ คำตอบเป็น application/problem+json (RFC 9457) ช่อง type ของคำตอบเป็นที่อยู่ของหัวข้อในหน้านี้ที่อธิบายปัญหานั้น',
    openapi: 'รายละเอียดของ API ทั้งหมดอยู่ในเอกสาร OpenAPI 3.1',
    openapiLink: 'เอกสาร OpenAPI ของพอร์ทัล (JSON)',
    'fields.title': 'ช่องของคำตอบ',
    'fields.type': 'ที่อยู่ของประเภทปัญหา (หัวข้อหนึ่งในหน้านี้)',
    'fields.title.field': 'ชื่อปัญหาโดยย่อ',
    'fields.status': 'รหัสสถานะ HTTP',
    'fields.detail': 'คำอธิบายสำหรับคำขอนี้',
    'fields.instance': 'เลขอ้างอิงของคำขอ แจ้งเลขนี้เมื่อติดต่อศูนย์ช่วยเหลือ',
    'fields.errors':
      'รายการสิ่งที่ผิด แต่ละรายการชี้ช่องที่ผิด (pointer เป็น JSON Pointer ในเนื้อคำขอ, header หรือ parameter) พร้อม code และ detail',
    'kinds.title': 'ประเภทปัญหา',
    'kind.uri': 'ที่อยู่ (type)',
    'kind.status': 'สถานะ HTTP',
    'kind.meaning': 'ความหมายและวิธีแก้',
    'kind.malformed.title': 'อ่านคำขอไม่ได้',
    'kind.malformed.meaning':
      'เนื้อคำขอไม่ใช่ JSON หรือแบบฟอร์มที่ถูกต้อง หรือคำขอผิดรูปแบบในทางอื่น แก้คำขอแล้วส่งใหม่',
    'kind.invalid-request.title': 'ไม่ใช่คำขอโทเค็นแบบ client credentials',
    'kind.invalid-request.meaning':
      'คำขอที่จุดออกโทเค็นขาด grant_type หรือ grant_type ไม่ใช่ client_credentials หรือพารามิเตอร์ไม่ถูกต้อง ช่อง error ให้รหัสข้อผิดพลาดของ OAuth 2.0',
    'kind.invalid-body.title': 'เนื้อคำขอไม่ตรงกับ schema',
    'kind.invalid-body.meaning':
      'JSON ที่ส่งมาไม่ตรงกับ schema ในเอกสาร OpenAPI แต่ละรายการใน errors ชี้ช่องที่ผิดด้วย JSON Pointer ไม่มีเหตุการณ์ใดถูกบันทึก',
    'kind.unauthorized.title': 'ยังไม่ได้ยืนยันตัวตน',
    'kind.unauthorized.meaning':
      'ไม่มีโทเค็น หรือโทเค็นหมดอายุ ถูกปลอม หรือเป็นของระบบที่ถูกระงับ ขอโทเค็นใหม่ที่จุดออกโทเค็น',
    'kind.invalid-client.title': 'ไม่รู้จักระบบที่เรียก หรือรหัสลับผิด',
    'kind.invalid-client.meaning':
      'client id และรหัสลับไม่ตรงกับรหัสลับที่ยังใช้ได้ ตรวจสอบรหัสลับ หรือขอรหัสลับใหม่จากเจ้าหน้าที่',
    'kind.too-large.title': 'เนื้อคำขอใหญ่เกินไป',
    'kind.too-large.meaning': 'เนื้อคำขอใหญ่เกินขีดจำกัด ส่งเป็นชุดละไม่เกิน 1,000 เหตุการณ์',
    'kind.unsupported-media-type.title': 'ชนิดเนื้อหาไม่รองรับ',
    'kind.unsupported-media-type.meaning': 'ส่งเนื้อคำขอเป็น JSON พร้อม Content-Type: application/json',
    'kind.invalid-events.title': 'บันทึกบางเหตุการณ์ไม่ได้ จึงไม่บันทึกเลย',
    'kind.invalid-events.meaning':
      'มีเหตุการณ์ที่บันทึกไม่ได้ (ไม่พบเลขทะเบียน ขัดกับเหตุการณ์ที่บันทึกไว้แล้วด้วยเลขอ้างอิงเดียวกัน หรือวันที่หลังวันนี้) ไม่มีเหตุการณ์ใดในชุดถูกบันทึก แก้รายการที่ errors ระบุแล้วส่งทั้งชุดใหม่',
    'kind.rate-limited.title': 'คำขอมากเกินไป',
    'kind.rate-limited.meaning':
      'ระบบที่เรียกส่งคำขอเกินจำนวนต่อนาทีที่กำหนด รอตามจำนวนวินาทีใน Retry-After แล้วส่งใหม่',
    'kind.internal.title': 'พอร์ทัลดำเนินการคำขอไม่ได้',
    'kind.internal.meaning':
      'เกิดข้อผิดพลาดในพอร์ทัล ลองใหม่ภายหลัง หากยังเกิดขึ้น แจ้งเลข instance แก่ศูนย์ช่วยเหลือ',
  },
  en: {
    title: 'API problem types',
    lead: 'When one of the portal’s APIs refuses a request, the answer is application/problem+json (RFC 9457). Its type field is the address of the section of this page that describes the problem.',
    openapi: 'Every API is described in the OpenAPI 3.1 document:',
    openapiLink: 'the portal’s OpenAPI document (JSON)',
    'fields.title': 'The fields of an answer',
    'fields.type': 'the problem type’s address (a section of this page)',
    'fields.title.field': 'the problem in a few words',
    'fields.status': 'the HTTP status code',
    'fields.detail': 'what went wrong with this request',
    'fields.instance': 'the request’s reference: quote it to the help desk',
    'fields.errors':
      'what is wrong, one entry a field: where (pointer, a JSON Pointer into the body; header; or parameter), with a code and a detail',
    'kinds.title': 'The problem types',
    'kind.uri': 'Address (type)',
    'kind.status': 'HTTP status',
    'kind.meaning': 'Meaning and what to do',
    'kind.malformed.title': 'The request could not be read',
    'kind.malformed.meaning':
      'The body is not valid JSON or form data, or the request is broken in another way. Correct it and send it again.',
    'kind.invalid-request.title': 'Not a client-credentials request',
    'kind.invalid-request.meaning':
      'The token request lacks grant_type, asks for a grant other than client_credentials, or has an invalid parameter. The error field gives the OAuth 2.0 error code.',
    'kind.invalid-body.title': 'The body does not match the schema',
    'kind.invalid-body.meaning':
      'The JSON sent does not match the schema of the OpenAPI document. Each entry of errors points at its field with a JSON Pointer. No event was recorded.',
    'kind.unauthorized.title': 'Not authenticated',
    'kind.unauthorized.meaning':
      'No access token, or one that has expired, is forged, or belongs to a disabled calling system. Ask the token endpoint for a new token.',
    'kind.invalid-client.title': 'Unknown client or wrong secret',
    'kind.invalid-client.meaning':
      'The client id and secret do not match a live secret. Check the secret, or ask the portal’s officers for a new one.',
    'kind.too-large.title': 'The request body is too large',
    'kind.too-large.meaning':
      'The body is larger than the limit. Send at most 1,000 events a batch.',
    'kind.unsupported-media-type.title': 'Unsupported media type',
    'kind.unsupported-media-type.meaning':
      'Send the body as JSON with Content-Type: application/json.',
    'kind.invalid-events.title': 'Some events cannot be recorded; none was',
    'kind.invalid-events.meaning':
      'Some events cannot be recorded (an unknown registration number, a conflict with an event recorded under the same reference, a date after today). None of the batch was recorded: correct the events that errors names, then send the whole batch again.',
    'kind.rate-limited.title': 'Too many requests',
    'kind.rate-limited.meaning':
      'The calling system sent more requests a minute than allowed. Wait the seconds Retry-After gives, then send again.',
    'kind.internal.title': 'The portal could not handle the request',
    'kind.internal.meaning':
      'Something failed in the portal. Try again later; if it goes on, quote the instance to the help desk.',
  },
})
