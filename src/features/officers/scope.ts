import type { ExpressionBuilder } from 'kysely'
import type { DB } from '../../platform/db/schema.js'

/**
 * The registrants an officer may see at all: people with a registration or an application
 * that went beyond a draft. Every back-office query of a person goes through this scope, so
 * anyone else (a director, a grantee, an abandoned draft) is simply "not found".
 */
export function inScope(eb: ExpressionBuilder<DB & { p: DB['natural_persons'] }, 'p'>) {
  return eb.or([
    eb.exists(
      eb.selectFrom('registrations as sr').select('sr.id').whereRef('sr.person_id', '=', 'p.id'),
    ),
    eb.exists(
      eb
        .selectFrom('applications as sa')
        .select('sa.id')
        .whereRef('sa.person_id', '=', 'p.id')
        .where('sa.status', '!=', 'draft'),
    ),
  ])
}
