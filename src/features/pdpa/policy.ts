const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** True for a canonical UUID: anything else in a path is simply "not found". */
export function isUuid(value: string): boolean {
  return UUID.test(value)
}
