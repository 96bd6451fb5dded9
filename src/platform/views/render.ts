import type { VNode } from 'preact'
import { renderToString } from 'preact-render-to-string'
import { installThaiCompounds } from './thai-words.js'

installThaiCompounds()

/** Renders a page component to a complete HTML document. Text is escaped by Preact. */
export function renderPage(vnode: VNode): string {
  return `<!doctype html>${renderToString(vnode)}`
}
