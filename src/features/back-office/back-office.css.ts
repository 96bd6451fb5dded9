/** The back office's own styles, on top of the portal's app.css (same palette, WCAG AA contrast). */
export const BACK_OFFICE_CSS = `
.bo-bar {
  border-bottom: 1px solid #b1b4b6;
  margin: -8px 0 24px;
  padding: 0 0 12px;
}
.bo-bar__area {
  font-weight: 700;
  margin: 0 0 4px;
  color: #0c2d4a;
}
.bo-nav__list {
  list-style: none;
  margin: 0;
  padding: 0;
  display: flex;
  flex-wrap: wrap;
  gap: 4px 20px;
}
.bo-nav__who {
  margin: 4px 0 0;
  font-size: 1rem;
  color: #484949;
}
.bo-caption {
  color: #484949;
  font-size: 1.1rem;
  margin: 0 0 4px;
}
.bo-block {
  display: block;
}
.bo-break {
  word-break: break-all;
}
.bo-table-wrap {
  overflow-x: auto;
  margin: 0 0 24px;
}
.bo-table {
  border-collapse: collapse;
  width: 100%;
  font-size: 1rem;
}
.bo-table th,
.bo-table td {
  text-align: left;
  vertical-align: top;
  padding: 8px 12px 8px 0;
  border-bottom: 1px solid #b1b4b6;
}
.bo-table th {
  font-weight: 700;
}
.bo-pagination {
  margin: 0 0 24px;
}
.bo-tag {
  display: inline-block;
  font-size: 0.9rem;
  padding: 0 6px;
  margin-left: 6px;
  font-weight: 700;
}
.bo-tag--masked {
  background: #f3f2f1;
  color: #0b0c0c;
  border: 1px solid #505a5f;
}
.bo-tag--refused {
  background: #f6d7d2;
  color: #2a0b06;
}
.bo-card {
  border: 1px solid #b1b4b6;
  padding: 8px 16px 0;
  margin: 0 0 16px;
}
.bo-card__title {
  font-size: 1.2rem;
  margin: 8px 0;
}
.bo-subtitle {
  font-size: 1.1rem;
  margin: 0 0 8px;
}
.bo-details {
  border-left: 5px solid #1d70b8;
  padding: 8px 16px;
  margin: 0 0 24px;
  background: #f8f8f8;
}
.bo-details__summary {
  font-weight: 700;
  color: #1d4f91;
  cursor: pointer;
  text-decoration: underline;
}
.bo-details__body {
  margin-top: 16px;
}
.bo-codes {
  columns: 2;
  font-size: 1.2rem;
  margin: 0 0 24px;
}
.bo-small {
  font-size: 0.9rem;
}
.bo-code {
  font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
  font-size: 0.9rem;
}
.bo-filter {
  border-left: 5px solid #b1b4b6;
  padding: 0 0 8px 16px;
  margin: 0 0 24px;
}
.bo-inline-link {
  display: inline-block;
  margin: 0 0 0 12px;
}
@media print {
  .bo-bar {
    display: none;
  }
}
`
