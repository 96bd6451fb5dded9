const font = (script: string, weight: number) => `@font-face {
  font-family: 'Sarabun';
  font-style: normal;
  font-weight: ${weight};
  font-display: swap;
  src: url('/manual/fonts/sarabun-${script}-${weight}-normal.woff2') format('woff2');
}`

/** The report's table on the page and the A4 landscape print page (Sarabun, served here). */
export const REPORT_CSS = `${font('thai', 400)}
${font('latin', 400)}
${font('thai', 700)}
${font('latin', 700)}
.risk-table { border-collapse: collapse; width: 100%; table-layout: fixed; font-family: 'Sarabun', sans-serif; }
.risk-table thead th:nth-child(1) { width: 18%; }
.risk-table thead th:nth-child(2) { width: 11%; }
.risk-table thead th:nth-child(3) { width: 30%; }
.risk-table th, .risk-table td { border: 1px solid #0b0c0c; padding: 6px 8px; vertical-align: top; text-align: left; line-height: 1.5; overflow-wrap: anywhere; }
.risk-table thead th { white-space: nowrap; overflow-wrap: normal; }
.risk-table th { background: #e8e8e8; }
.risk-table td.risk-level { white-space: nowrap; font-weight: 700; }
.risk-swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.4em; border: 1px solid #0b0c0c; vertical-align: baseline; }
.risk-swatch--low { background: #2e7d32; }
.risk-swatch--medium { background: #f9a825; }
.risk-swatch--high { background: #ef6c00; }
.risk-swatch--very_high { background: #c62828; }
.risk-scroll { overflow-x: auto; }
.risk-scroll .risk-table { min-width: 56rem; }
.print-page { font-family: 'Sarabun', sans-serif; font-size: 14pt; color: #000; background: #fff; margin: 0; padding: 12mm; }
.print-page h1 { font-size: 18pt; text-align: center; margin: 0 0 4mm; }
.print-page p.print-sub { text-align: center; margin: 0 0 6mm; }
.print-page .risk-table { font-size: 13pt; }
@page { size: A4 landscape; margin: 10mm; }
@media print { .print-page { padding: 0; } .no-print { display: none; } .risk-table tr { break-inside: avoid; } }
`

/** The print page has no app.css: its caption is hidden the same way. */
export const PRINT_EXTRA_CSS = `.print-page .visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); border: 0; }`
