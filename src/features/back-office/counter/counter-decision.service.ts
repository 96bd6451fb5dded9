import { recordAudit } from '../../../platform/audit.js'
import { isUniqueViolation } from '../../../platform/errors.js'
import { newId } from '../../../platform/ids.js'
import { recordJourneyEvent } from '../../../platform/journey.js'
import { maskThaiId } from '../../../platform/thai-id.js'
import { formatDate } from '../../../platform/time.js'
import { saveCounterProfile, upsertPerson } from '../../identity/index.js'
import { enqueueMail } from '../../mail/index.js'
import { insertActiveRegistration } from '../../registrations/index.js'
import { inviteToSurvey } from '../../survey/index.js'
import { type BackOfficeDeps, type OfficerAuth } from '../../officers/index.js'
import { counterMessages } from './counter.messages.js'
import { decideCounterEntry, hasLiveRegistration, lockPendingEntry } from './counter.repository.js'
import {
  actor,
  AlreadyDecidedError,
  AlreadyRegisteredError,
  FourEyesError,
  SUBJECT,
} from './counter.service.js'
import { checkable } from './counter-entry.service.js'

/** Both languages in one e-mail: the entry has no language of its own. */
function mailTexts(key: 'confirmed' | 'rejected', params: Record<string, string>) {
  const m = counterMessages('th')
  return {
    subject: m(key === 'confirmed' ? 'mail.confirmedSubject' : 'mail.rejectedSubject'),
    text: m(key === 'confirmed' ? 'mail.confirmedBody' : 'mail.rejectedBody', params),
  }
}

/**
 * The second officer confirms: in one transaction the person (found or created), a profile of
 * source 'counter', an ACTIVE registration of channel 'counter' with no application and no
 * decision, the entry's check, the e-mail to the registrant, the journey event and the audit.
 */
export async function confirmCounterEntry(
  deps: BackOfficeDeps,
  auth: OfficerAuth,
  id: string,
): Promise<{ personId: string; registrationId: string }> {
  const entry = await checkable(deps, auth, id, 'counter.confirm')
  const nationalId = deps.crypto.decrypt({
    keyId: entry.national_id_enc_key_id,
    blob: entry.national_id_enc,
  })
  const now = new Date()
  const registrationId = newId()
  try {
    const personId = await deps.db.transaction().execute(async (trx) => {
      const locked = await lockPendingEntry(trx, entry.id)
      if (!locked) throw new AlreadyDecidedError()
      if (locked.entered_by === auth.officerId) throw new FourEyesError()
      if (await hasLiveRegistration(trx, entry.national_id_hmac)) throw new AlreadyRegisteredError()
      const personId = await upsertPerson(trx, deps.crypto, nationalId)
      await saveCounterProfile(trx, personId, {
        nationalId,
        titleTh: entry.title_th,
        firstNameTh: entry.first_name_th,
        middleNameTh: entry.middle_name_th,
        lastNameTh: entry.last_name_th,
        titleEn: entry.title_en,
        firstNameEn: entry.first_name_en,
        middleNameEn: entry.middle_name_en,
        lastNameEn: entry.last_name_en,
        birthDate: entry.birth_date,
        // A Thai national ID card was seen: the counter serves Thai nationals only.
        nationality: 'THA',
        address: entry.id_card_address,
      })
      // No application and no decision: two officers saw the documents (ADR 12).
      await insertActiveRegistration(
        trx,
        {
          id: registrationId,
          registrant_type: 'person',
          person_id: personId,
          channel: 'counter',
          application_id: null,
          decision_id: null,
          email: entry.email,
          mobile: entry.mobile,
          mailing_address: JSON.stringify({ kind: 'id-card' }),
          valid_from: now,
          last_activity_at: now,
        },
        'counter-registration',
      )
      const decided = await decideCounterEntry(
        trx,
        entry.id,
        auth.officerId,
        { status: 'confirmed', personId, registrationId },
        now,
      )
      if (!decided) throw new AlreadyDecidedError()
      await enqueueMail(trx, {
        to: entry.email,
        ...mailTexts('confirmed', {
          reference: entry.reference,
          number: maskThaiId(nationalId),
          date: formatDate(now, 'th'),
          dateEn: formatDate(now, 'en'),
        }),
      })
      await recordJourneyEvent(trx, {
        journeyId: entry.id,
        kind: 'person',
        event: 'decision',
        step: 'approved',
        channel: 'counter',
        at: now,
      })
      // The survey's invitation, e-mailed with the confirmation's transaction.
      await inviteToSurvey(trx, deps, {
        journeyId: entry.id,
        kind: 'person',
        channel: 'counter',
        email: entry.email,
        locale: 'th',
        at: now,
      })
      await recordAudit(trx, {
        ...actor(auth),
        action: 'counter.confirmed',
        subjectType: SUBJECT,
        subjectId: entry.id,
        data: { registrationId, personId, enteredBy: entry.entered_by },
        details: { ip: auth.ip },
      })
      // In the registrant's own history too: who entered it and who confirmed it.
      await recordAudit(trx, {
        ...actor(auth),
        action: 'registration.created_at_counter',
        subjectType: 'registration',
        subjectId: registrationId,
        data: {
          counterEntry: entry.id,
          enteredBy: entry.entered_by,
          confirmedBy: auth.officerId,
        },
      })
      return personId
    })
    return { personId, registrationId }
  } catch (err) {
    // registrations_one_live_person: registered online between the check and the insert.
    if (isUniqueViolation(err)) throw new AlreadyRegisteredError()
    throw err
  }
}

/** The second officer rejects, with a reason kept for the record; the applicant is told. */
export async function rejectCounterEntry(
  deps: BackOfficeDeps,
  auth: OfficerAuth,
  id: string,
  reason: string,
): Promise<void> {
  const entry = await checkable(deps, auth, id, 'counter.reject')
  const now = new Date()
  await deps.db.transaction().execute(async (trx) => {
    const decided = await decideCounterEntry(
      trx,
      entry.id,
      auth.officerId,
      { status: 'rejected', reason },
      now,
    )
    if (!decided) throw new AlreadyDecidedError()
    await enqueueMail(trx, {
      to: entry.email,
      ...mailTexts('rejected', { reference: entry.reference }),
    })
    await recordJourneyEvent(trx, {
      journeyId: entry.id,
      kind: 'person',
      event: 'decision',
      step: 'refused',
      channel: 'counter',
      at: now,
    })
    await recordAudit(trx, {
      ...actor(auth),
      action: 'counter.rejected',
      subjectType: SUBJECT,
      subjectId: entry.id,
      data: { enteredBy: entry.entered_by },
      details: { ip: auth.ip, reason },
    })
  })
}
