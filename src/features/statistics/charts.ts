import * as echarts from 'echarts'

// Charts drawn on the server as SVG (echarts' server-side renderer), placed in the page inline.
// The page's CSP allows no inline style, so echarts' style attributes become SVG presentation
// attributes and its hover stylesheet is dropped; the SVG scales to the width of the page.

export interface BarChart {
  /** Unique on the page: the chart's title element is named by it. */
  id: string
  title: string
  categories: string[]
  series: { name: string; data: number[] }[]
  stacked?: boolean
  /** The value axis' unit suffix, e.g. '%'. */
  unit?: string
}

const WIDTH = 560
const HEIGHT = 320
const PALETTE = ['#1d4e89', '#b35c00', '#2e6b30', '#6b2e6b']
const CACHE_SIZE = 200
const cache = new Map<string, string>()

function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  )
}

/** style="a:b;c:d" → a="b" c="d"; the stylesheet and the fixed size go. */
export function withoutInlineStyle(svg: string): string {
  return svg
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/ style="([^"]*)"/g, (_whole, decl: string) =>
      decl
        .split(';')
        .map((d) => d.trim())
        .filter((d) => /^[a-z-]+\s*:/.test(d))
        .map((d) => {
          const at = d.indexOf(':')
          return ` ${d.slice(0, at).trim()}="${escapeXml(d.slice(at + 1).trim())}"`
        })
        .join(''),
    )
    .replace(/ class="zr\d+-cls-\d+"/g, '')
    .replace(/ ecmeta_[a-z_]+="[^"]*"/g, '')
}

function render(chart: BarChart): string {
  const instance = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: WIDTH,
    height: HEIGHT,
  })
  try {
    instance.setOption({
      animation: false,
      color: PALETTE,
      textStyle: { fontSize: 13, fontFamily: 'sans-serif', color: '#1b1b1b' },
      grid: { left: 56, right: 16, top: 24, bottom: chart.series.length > 1 ? 88 : 56 },
      legend:
        chart.series.length > 1
          ? { bottom: 0, textStyle: { fontSize: 13, color: '#1b1b1b' } }
          : { show: false },
      xAxis: {
        type: 'category',
        data: chart.categories,
        axisLabel: { color: '#1b1b1b', fontSize: 13, hideOverlap: true },
      },
      yAxis: {
        type: 'value',
        minInterval: 1,
        axisLabel: { color: '#1b1b1b', fontSize: 13, formatter: `{value}${chart.unit ?? ''}` },
      },
      series: chart.series.map((s) => ({
        type: 'bar',
        name: s.name,
        data: s.data,
        ...(chart.stacked ? { stack: 'all' } : {}),
      })),
    })
    return instance.renderToSVGString()
  } finally {
    instance.dispose()
  }
}

/**
 * The chart as an inline SVG with role="img" and its title. Drawn once per distinct data (the
 * figures are read fresh on every request; only the drawing of the same figures is reused).
 */
export function barChartSvg(chart: BarChart): string {
  const key = JSON.stringify(chart)
  const hit = cache.get(key)
  if (hit !== undefined) {
    cache.delete(key)
    cache.set(key, hit)
    return hit
  }
  const titleId = `${chart.id}-title`
  const svg = withoutInlineStyle(render(chart)).replace(
    /^<svg width="\d+" height="\d+"/,
    `<svg width="100%" role="img" aria-labelledby="${titleId}" focusable="false"`,
  )
  const out = svg.replace(
    /(<svg[^>]*>)/,
    `$1<title id="${titleId}">${escapeXml(chart.title)}</title>`,
  )
  cache.set(key, out)
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string)
  return out
}
