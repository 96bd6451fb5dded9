/** An invitation is open this long after the journey finished. */
export const INVITATION_DAYS = 30
