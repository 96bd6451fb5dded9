import type { FieldError } from './views/components.js'

/** The base of the typed errors that are mapped to pages in one place (http/error-handler.tsx). */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message)
    this.name = new.target.name
  }
}

export class NotFoundError extends AppError {
  constructor(message = 'not found') {
    super(404, message)
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'forbidden') {
    super(403, message)
  }
}

/** Invalid input that a page shows next to its fields. */
export class ValidationError extends AppError {
  constructor(readonly errors: FieldError[]) {
    super(400, 'validation failed')
  }
}

export class ConflictError extends AppError {
  constructor(message = 'conflict') {
    super(409, message)
  }
}

/** A dependency (database, identity provider, registry) is not answering. */
export class UnavailableError extends AppError {
  constructor(message = 'unavailable') {
    super(503, message)
  }
}

/**
 * The application is not at a point where it can be submitted (a stale or forged form). Not an
 * AppError: the journey that submits catches it and sends the applicant where they stand.
 */
export class NotReadyError extends Error {
  override name = 'NotReadyError'
}

/** True for PostgreSQL's unique_violation (23505): someone else wrote the row first. */
export function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string } | null)?.code === '23505'
}
