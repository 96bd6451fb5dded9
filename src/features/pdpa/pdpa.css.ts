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
.pdpa-legal {
  margin: 0 0 24px;
}
.pdpa-legal .pdpa-meta {
  margin-bottom: 8px;
}
.pdpa-section {
  border-top: 1px solid #b1b4b6;
}
.pdpa-section:last-of-type {
  border-bottom: 1px solid #b1b4b6;
  margin-bottom: 32px;
}
.pdpa-section__summary {
  cursor: pointer;
  padding: 12px 0;
  color: #1d4f91;
}
.pdpa-section__summary .heading-m {
  display: inline;
  margin: 0;
  text-decoration: underline;
  text-underline-offset: 0.15em;
}
.pdpa-section__summary:hover .heading-m {
  text-decoration-thickness: 3px;
}
.pdpa-section__count {
  color: #484949;
  font-size: 1rem;
}
.pdpa-section__body {
  padding: 0 0 8px;
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
.pdpa-document {
  border-left: 8px solid #b1b4b6;
  padding: 0 16px;
  margin: 0 0 24px;
}
/* On a phone each row becomes a card: every cell is preceded by its column's name. */
@media (max-width: 40em) {
  .pdpa-table thead {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
  }
  .pdpa-table,
  .pdpa-table tbody,
  .pdpa-table tr,
  .pdpa-table td {
    display: block;
    width: 100%;
  }
  .pdpa-table tr {
    border-bottom: 1px solid #b1b4b6;
    padding: 8px 0;
  }
  .pdpa-table td {
    border: 0;
    padding: 2px 0;
  }
  .pdpa-table td::before {
    content: attr(data-label);
    display: block;
    font-weight: 700;
  }
  .pdpa-meta {
    grid-template-columns: 1fr;
  }
  .pdpa-meta dd {
    margin: 0 0 8px;
  }
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
