/** The PDPA pages' own styles, on top of app.css (same palette, WCAG AA contrast). */
export const PDPA_CSS = `
.pdpa-table-wrap {
  overflow-x: auto;
  margin: 0 0 24px;
}
.pdpa-table {
  border-collapse: collapse;
  width: 100%;
  font-size: 1rem;
}
.pdpa-table caption {
  text-align: left;
  font-weight: 700;
  padding: 0 0 8px;
}
.pdpa-table th,
.pdpa-table td {
  text-align: left;
  vertical-align: top;
  padding: 8px 12px 8px 0;
  border-bottom: 1px solid #b1b4b6;
}
.pdpa-meta {
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: 4px 16px;
  margin: 0 0 32px;
  padding: 12px 16px;
  background: #f3f2f1;
  font-size: 1rem;
}
.pdpa-meta dt {
  font-weight: 700;
}
.pdpa-meta dd {
  margin: 0;
}
.pdpa-section {
  margin: 0 0 16px;
}
.pdpa-tag {
  display: inline-block;
  font-size: 0.9rem;
  font-weight: 700;
  padding: 0 6px;
  background: #d2e2f1;
  color: #0c2d4a;
}
.pdpa-tag--overdue {
  background: #f6d7d2;
  color: #2a0b06;
}
.pdpa-tag--closed {
  background: #cce2d8;
  color: #005a30;
}
.pdpa-text {
  white-space: pre-wrap;
  overflow-wrap: anywhere;
}
.pdpa-textarea {
  width: 100%;
  max-width: 40em;
  font: inherit;
}
.pdpa-document {
  border-left: 8px solid #b1b4b6;
  padding: 0 16px;
  margin: 0 0 24px;
}
@media print {
  .skip-link,
  .site-header,
  .site-footer,
  .simulator-banner,
  .no-print {
    display: none;
  }
  .pdpa-meta {
    background: none;
    border: 1px solid #505a5f;
  }
  .pdpa-section {
    break-inside: avoid;
  }
}
`
