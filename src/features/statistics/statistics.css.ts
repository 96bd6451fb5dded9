// The statistics page's own styles (served at STATISTICS_PATHS.stylesheet; the page's CSP allows
// no inline style): charts that scale to the screen, numbers that never break across lines.
export const STATISTICS_CSS = `
.stat-figure { margin: 0 0 32px; }
.stat-chart svg { display: block; width: 100%; max-width: 760px; height: auto; }
.stat-table td { white-space: nowrap; text-align: right; font-variant-numeric: tabular-nums; }
.stat-table th { min-width: 6em; }
.stat-range { margin-bottom: 24px; }
`
