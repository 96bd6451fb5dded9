import * as echarts from 'echarts'

// The progress chart, drawn on the server as SVG by echarts and put inline in the page. The
// page's CSP allows no inline style: style attributes become SVG presentation attributes and
// echarts' hover stylesheet goes. Labels are our own and escaped; values are numbers.

const escape = (s: string) =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  )

function presentational(svg: string): string {
  return svg
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/ style="([^"]*)"/g, (_w, decl: string) =>
      decl
        .split(';')
        .map((d) => d.trim())
        .filter((d) => /^[a-z-]+\s*:/.test(d))
        .map((d) => {
          const i = d.indexOf(':')
          return ` ${d.slice(0, i).trim()}="${escape(d.slice(i + 1).trim())}"`
        })
        .join(''),
    )
    .replace(/ class="zr\d+-cls-\d+"/g, '')
}

/**
 * A horizontal bar chart of the percentage signed per unit, as an SVG string with role="img"
 * and a title (the page puts the same figures in a table beside it).
 */
export function percentChartSvg(
  id: string,
  title: string,
  bars: { label: string; percent: number }[],
): string {
  const height = Math.max(120, 40 + bars.length * 28)
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height })
  try {
    chart.setOption({
      animation: false,
      color: ['#1d4e89'],
      textStyle: { fontSize: 13, fontFamily: 'sans-serif', color: '#1b1b1b' },
      grid: { left: 160, right: 56, top: 16, bottom: 28 },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: bars.map((b) => (b.label.length > 24 ? `${b.label.slice(0, 23)}…` : b.label)),
      },
      series: [
        {
          type: 'bar',
          data: bars.map((b) => b.percent),
          label: { show: true, position: 'right', formatter: '{c}%' },
        },
      ],
    })
    const svg = presentational(chart.renderToSVGString())
    return svg.replace(
      /^<svg([^>]*)>/,
      (_w, attrs: string) =>
        `<svg${attrs.replace(/ width="\d+" height="\d+"/, '')} viewBox="0 0 600 ${height}" role="img" aria-labelledby="${id}-title"><title id="${id}-title">${escape(title)}</title>`,
    )
  } finally {
    chart.dispose()
  }
}
