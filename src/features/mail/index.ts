export { devMailRoutes, DEV_MAIL_PATHS } from './dev-mail.routes.js'
export {
  enqueueMail,
  InvalidMailError,
  outboxWrites,
  checkMail,
  type CheckedMail,
  MAIL_TOPIC,
  type MailMessage,
} from './mail.outbox.js'
export { messageIdFor, type MailerOptions } from './mail.transport.js'
export {
  MAX_ATTEMPTS,
  startOutboxWorker,
  type OutboxWorker,
  type OutboxWorkerOptions,
} from './mail.worker.js'
