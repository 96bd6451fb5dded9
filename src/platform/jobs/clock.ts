/** The time the scheduled jobs see: the system clock in production, movable elsewhere. */
export interface Clock {
  now(): Date
}

/** A clock that tests and the simulators can move forward; never used in production. */
export interface MovableClock extends Clock {
  /** Moves the clock forward by ms (never back: jobs assume time goes on). */
  advance(ms: number): void
  /** How far this clock is ahead of the system clock, in ms. */
  offset(): number
}

export const systemClock: Clock = { now: () => new Date() }

/**
 * A clock ahead of the system clock by an offset that only grows. Time still passes as it
 * does for everything else; "30 days later" is one advance() away.
 */
export function movableClock(start?: Date): MovableClock {
  let offset = start ? start.getTime() - Date.now() : 0
  return {
    now: () => new Date(Date.now() + offset),
    advance(ms: number) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError('the clock only moves forward')
      offset += ms
    },
    offset: () => offset,
  }
}

/** Whether a clock can be moved (the simulators' page shows only such a clock). */
export function isMovable(clock: Clock): clock is MovableClock {
  return 'advance' in clock && 'offset' in clock
}
