// EXPLAIN ANALYZE of the back office's own search query (searchPersons in
// src/features/back-office/search.repository.ts), not of a copy: a plugin turns the SELECT that
// function builds into EXPLAIN (ANALYZE, BUFFERS) of the same statement, with the same values.
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
  searchPersons,
  type SearchCriterion,
} from '../../src/features/back-office/search.repository.js'
import type { DB } from '../../src/platform/db/schema.js'

class ExplainAnalyzePlugin implements KyselyPlugin {
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (!SelectQueryNode.is(args.node)) return args.node
    const options = sql`analyze, buffers`.toOperationNode()
    return { ...args.node, explain: ExplainNode.create(undefined, options) }
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result)
  }
}

/** The plan of searchPersons for one criterion, as PostgreSQL prints it. */
export async function explainSearch(
  db: Kysely<DB>,
  criterion: SearchCriterion,
  limit: number,
): Promise<string> {
  const rows = (await searchPersons(
    db.withPlugin(new ExplainAnalyzePlugin()),
    criterion,
    limit,
  )) as unknown as { 'QUERY PLAN': string }[]
  return rows.map((r) => r['QUERY PLAN']).join('\n')
}
