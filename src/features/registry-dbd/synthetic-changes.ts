import type { JuristicPerson } from './types.js'

// SIMULATOR only: changes a tester makes to the synthetic registry while the portal runs (the
// DBD simulator's page), so that "update from DBD" can meet a company that closed or a director
// who left the board. Kept in memory for this process; the generated registry is never edited.

export type SyntheticChange = { kind: 'closed' } | { kind: 'director-left'; index: number }

const changes = new Map<string, SyntheticChange[]>()
const keyOf = (seed: number, id: string) => `${seed}:${id}`

/** Records a change to one company of the synthetic registry; 'undo' forgets its changes. */
export function changeSyntheticCompany(
  seed: number,
  id: string,
  change: SyntheticChange | 'undo',
): void {
  if (change === 'undo') {
    changes.delete(keyOf(seed, id))
    return
  }
  changes.set(keyOf(seed, id), [...(changes.get(keyOf(seed, id)) ?? []), change])
}

/** The changed companies of a seed, with their changes, for the simulator's page. */
export function syntheticChangesOf(seed: number): { id: string; changes: SyntheticChange[] }[] {
  const prefix = `${seed}:`
  return [...changes]
    .filter(([k]) => k.startsWith(prefix))
    .map(([k, c]) => ({ id: k.slice(prefix.length), changes: c }))
}

/** The company as the tester changed it (a copy), or itself when unchanged. */
export function withSyntheticChanges(seed: number, company: JuristicPerson): JuristicPerson {
  const list = changes.get(keyOf(seed, company.id))
  if (!list) return company
  const out = structuredClone(company)
  for (const c of list) {
    if (c.kind === 'closed') out.status = 'closed'
    else if (c.index >= 0 && c.index < out.directors.length && out.directors.length > 1)
      out.directors.splice(c.index, 1)
  }
  return out
}
