import { MANUAL_PATHS } from './paths.js'

/**
 * The manual's own styles on top of app.css: readable text, pictures that fit a phone, the
 * contents list, and the A4 print view with the Sarabun font served by the portal (never a CDN)
 * and page numbers in the bottom margin.
 */
export const MANUAL_CSS = `
@font-face {
  font-family: 'Sarabun';
  font-weight: 400;
  font-display: swap;
  src: url('${MANUAL_PATHS.font('sarabun-thai-400-normal.woff2')}') format('woff2');
  unicode-range: U+0E01-0E5B, U+200C-200D, U+25CC;
}
@font-face {
  font-family: 'Sarabun';
  font-weight: 400;
  font-display: swap;
  src: url('${MANUAL_PATHS.font('sarabun-latin-400-normal.woff2')}') format('woff2');
  unicode-range: U+0000-00FF, U+2000-206F, U+20AC, U+2122;
}
@font-face {
  font-family: 'Sarabun';
  font-weight: 700;
  font-display: swap;
  src: url('${MANUAL_PATHS.font('sarabun-thai-700-normal.woff2')}') format('woff2');
  unicode-range: U+0E01-0E5B, U+200C-200D, U+25CC;
}
@font-face {
  font-family: 'Sarabun';
  font-weight: 700;
  font-display: swap;
  src: url('${MANUAL_PATHS.font('sarabun-latin-700-normal.woff2')}') format('woff2');
  unicode-range: U+0000-00FF, U+2000-206F, U+20AC, U+2122;
}
.manual-text { max-width: 44em; }
.manual-text h2 { font-size: 1.5rem; margin: 32px 0 12px; }
.manual-text h3 { font-size: 1.25rem; margin: 24px 0 8px; }
.manual-text p, .manual-text li { font-size: 1.1875rem; line-height: 1.6; }
.manual-text img { max-width: 100%; height: auto; border: 1px solid #b1b4b6; margin: 8px 0; }
.manual-text img[src*="-phone-"] { max-width: min(100%, 20em); }
.manual-text table { border-collapse: collapse; margin: 12px 0; }
.manual-text th, .manual-text td { border-bottom: 1px solid #b1b4b6; padding: 8px 12px 8px 0; text-align: left; vertical-align: top; }
.manual-meta { color: #484949; font-size: 1rem; margin: 0 0 24px; }
.manual-contents { border-left: 4px solid #1d70b8; padding: 4px 0 4px 16px; margin: 0 0 24px; }
.manual-contents ul { list-style: none; margin: 0; padding: 0; }
.manual-contents li { margin: 4px 0; }
.manual-contents li.level-3 { padding-left: 16px; }
.manual-search { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-end; margin: 0 0 24px; }
.manual-search .input { max-width: 24em; }
.manual-topics { list-style: none; margin: 0; padding: 0; }
.manual-topics li { border-top: 1px solid #b1b4b6; padding: 12px 0; }
.manual-topics a { font-size: 1.25rem; font-weight: 700; }
.manual-pager { display: flex; justify-content: space-between; gap: 16px; border-top: 1px solid #b1b4b6; margin-top: 32px; padding-top: 16px; }
.manual-hit__excerpt { margin: 4px 0 0; }
.manual-print { font-family: 'Sarabun', sans-serif; }
.manual-print .manual-chapter { break-before: page; }
@page {
  size: A4;
  margin: 18mm 16mm 20mm;
  @bottom-center { content: counter(page) " / " counter(pages); font-family: 'Sarabun', sans-serif; font-size: 10pt; }
}
@media print {
  .skip-link, .site-header, .site-footer, .simulator-banner, .manual-no-print, .timeout-warning { display: none !important; }
  body { font-family: 'Sarabun', sans-serif; font-size: 12pt; }
  .manual-text p, .manual-text li { font-size: 12pt; }
  a { color: inherit; text-decoration: none; }
  .manual-text img { max-height: 120mm; }
}
`
