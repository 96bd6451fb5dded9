/** How a signed application other than a registration describes itself to a director. */
export interface SignedDescription {
  title: string
  intro: string
  lines: string[]
}

/** Another kind of application directors sign (a grant of authority), plugged in by its feature. */
export interface SignedKind {
  /** What an invited director is asked to confirm. */
  describe(applicationId: string, locale: 'th' | 'en'): Promise<SignedDescription | undefined>
  /** After a director verified: moves the application on once its signers are complete. */
  progress(applicationId: string, requestId: string | null): Promise<void>
}
