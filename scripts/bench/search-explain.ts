// EXPLAIN ANALYZE of the back office's own search queries (src/features/back-office/
// search.repository.ts), not of copies: a plugin turns each SELECT those functions build into
// EXPLAIN (ANALYZE, BUFFERS) of the same statement, with the same values, and keeps the plan.
import {
  ExplainNode,
  SelectQueryNode,
  sql,
  type Kysely,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely'
import {
  matchingPersonIds,
  personsWithNewestProfile,
  type SearchCriterion,
} from '../../src/features/back-office/registry/search.repository.js'
import { PAGE_SIZE, SEARCH_CAP } from '../../src/features/back-office/registry/search.service.js'
import type { DB } from '../../src/platform/db/schema.js'

class ExplainAnalyzePlugin implements KyselyPlugin {
  readonly plans: string[] = []

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (!SelectQueryNode.is(args.node)) return args.node
    const options = sql`analyze, buffers`.toOperationNode()
    return { ...args.node, explain: ExplainNode.create(undefined, options) }
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const lines = args.result.rows.map((r) => r['QUERY PLAN'])
    if (lines.length > 0 && lines.every((l) => typeof l === 'string')) {
      this.plans.push(lines.join('\n'))
      return Promise.resolve({ rows: [] })
    }
    return Promise.resolve(args.result)
  }
}

/**
 * The plans of one search as PostgreSQL runs it: the matching query (with the limit of
 * searchRegistrants' first look; a second, longer one follows only where renamed people repeat) and, for the ids it really finds, the query of the first page in
 * Thai order.
 */
export async function explainSearch(db: Kysely<DB>, criterion: SearchCriterion): Promise<string> {
  const limit = SEARCH_CAP + 1
  const plugin = new ExplainAnalyzePlugin()
  const explained = db.withPlugin(plugin)
  await matchingPersonIds(explained, criterion, limit)
  const ids = [...new Set(await matchingPersonIds(db, criterion, limit))]
  await personsWithNewestProfile(explained, ids, { offset: 0, limit: PAGE_SIZE })
  return plugin.plans.join('\n\n')
}
