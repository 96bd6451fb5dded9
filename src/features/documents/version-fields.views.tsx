import { errorFor, TextArea, TextField, type FieldError } from '../../platform/views/components.js'
import type { PageContext } from '../../platform/views/context.js'
import { documentMessages } from './messages.js'

/**
 * The texts of a new version of a published document (VersionText): its title and body in Thai
 * and English. The DPO's notices and policy and the code of ethics are versions of the same
 * published documents, entered with these fields; each form adds its own (kind, effective date…).
 */
export function VersionTextFields({
  ctx,
  values,
  errors,
  bodyHint,
}: {
  ctx: PageContext
  values: Record<string, string | undefined>
  errors: FieldError[]
  /** What the body is for (who reads it); paragraphs are separated by new lines. */
  bodyHint: string
}) {
  const m = documentMessages(ctx.locale)
  return (
    <>
      <TextField
        id="titleTh"
        label={m('version.titleTh')}
        value={values.titleTh}
        error={errorFor(errors, 'titleTh')}
      />
      <TextField
        id="titleEn"
        label={m('version.titleEn')}
        value={values.titleEn}
        error={errorFor(errors, 'titleEn')}
      />
      <TextArea
        id="bodyTh"
        label={m('version.bodyTh')}
        hint={bodyHint}
        value={values.bodyTh}
        error={errorFor(errors, 'bodyTh')}
        rows={10}
      />
      <TextArea
        id="bodyEn"
        label={m('version.bodyEn')}
        hint={bodyHint}
        value={values.bodyEn}
        error={errorFor(errors, 'bodyEn')}
        rows={10}
      />
    </>
  )
}
