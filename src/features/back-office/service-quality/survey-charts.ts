import * as echarts from 'echarts'

// Charts drawn on the server as SVG by echarts and put inline in the page, each with role="img"
// and a title; the page shows the same figures in a table beside it. The page's CSP allows no
// inline style, so style attributes become presentation attributes and echarts' stylesheet goes.

const escapeXml = (s: string) =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  )

function withoutInlineStyle(svg: string): string {
  return svg
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/ class="zr\d+-cls-\d+"/g, '')
    .replace(/ style="([^"]*)"/g, (_all, css: string) =>
      css
        .split(';')
        .map((decl) => /^\s*([a-z-]+)\s*:\s*(.+?)\s*$/.exec(decl))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => ` ${m[1]}="${escapeXml(m[2] ?? '')}"`)
        .join(''),
    )
}

function draw(id: string, title: string, height: number, option: echarts.EChartsCoreOption) {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 640, height })
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'sans-serif', fontSize: 13, color: '#0b0c0c' },
      ...option,
    })
    return withoutInlineStyle(chart.renderToSVGString())
      .replace(
        /^<svg width="\d+" height="\d+"/,
        `<svg width="100%" role="img" aria-labelledby="${id}-title" focusable="false"`,
      )
      .replace(/^(<svg[^>]*>)/, `$1<title id="${id}-title">${escapeXml(title)}</title>`)
  } finally {
    chart.dispose()
  }
}

/** The top-2-box percentage by month (bars; a month without answers has none). */
export function trendChartSvg(
  id: string,
  title: string,
  months: string[],
  percents: (number | null)[],
): string {
  return draw(id, title, 280, {
    color: ['#1d4e89'],
    grid: { left: 48, right: 16, top: 24, bottom: 48 },
    xAxis: { type: 'category', data: months, axisLabel: { color: '#0b0c0c', hideOverlap: true } },
    yAxis: {
      type: 'value',
      min: 0,
      max: 100,
      axisLabel: { color: '#0b0c0c', formatter: '{value}%' },
    },
    series: [
      {
        type: 'bar',
        data: percents.map((p) => (p === null ? '-' : p)),
        label: { show: months.length <= 12, position: 'top', formatter: '{c}%', color: '#0b0c0c' },
      },
    ],
  })
}

// Five levels from very high to very low, told apart by lightness as well as hue.
const LEVEL_COLOURS = ['#0b3d2e', '#2e7d5b', '#b7b7b7', '#d4713c', '#8a1c1c', '#6b6b6b']

/** Answers per level for each question, as stacked horizontal bars (counts). */
export function distributionChartSvg(
  id: string,
  title: string,
  questions: string[],
  series: { name: string; data: number[] }[],
): string {
  return draw(id, title, Math.max(160, 80 + questions.length * 36), {
    color: LEVEL_COLOURS,
    grid: { left: 180, right: 16, top: 16, bottom: 56 },
    legend: { bottom: 0, textStyle: { color: '#0b0c0c' } },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#0b0c0c' } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: questions.map((q) => (q.length > 28 ? `${q.slice(0, 27)}…` : q)),
      axisLabel: { color: '#0b0c0c' },
    },
    series: series.map((s) => ({ type: 'bar', stack: 'levels', name: s.name, data: s.data })),
  })
}
