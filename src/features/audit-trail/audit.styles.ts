/** The page's few extra styles: long hashes and signatures wrap instead of scrolling sideways. */
export const AUDIT_CSS = `.audit-checkpoint {
  border-top: 1px solid #b1b4b6;
  margin-top: 24px;
  padding-top: 8px;
}
.audit-hash,
.audit-code {
  font-family: ui-monospace, 'Courier New', monospace;
  overflow-wrap: anywhere;
  word-break: break-all;
}
.audit-code {
  white-space: pre-wrap;
  background: #f3f2f1;
  color: #0b0c0c;
  font-size: 0.875rem;
  padding: 8px 12px;
  margin: 8px 0 16px;
}
`
