import type { Selectable } from 'kysely'
import type { IdCardAddress, PersonProfilesTable, StoredMailing } from '../../platform/db/schema.js'
import { maskThaiId } from '../../platform/thai-id.js'
import type { Locale } from '../../platform/time.js'
import { idCardAddressText as cardAddress, mailingAddressText } from '../address/index.js'

/** The bank-verified profile as pages show it: names joined, the ID masked. */
export interface ProfileView {
  fullNameTh: string
  fullNameEn: string | null
  birthDate: string | null
  nationality: string | null
  idCardAddress: IdCardAddress | null
  maskedId: string
}

type Profile = Pick<
  Selectable<PersonProfilesTable>,
  | 'title_th'
  | 'first_name_th'
  | 'middle_name_th'
  | 'last_name_th'
  | 'title_en'
  | 'first_name_en'
  | 'middle_name_en'
  | 'last_name_en'
  | 'birth_date'
  | 'nationality'
  | 'id_card_address'
>

const join = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' ')

/** The fields of a registrant's latest profile that a page shows (none when not verified yet). */
export function presentProfile(profile: Profile | undefined, nationalId: string): ProfileView {
  return {
    fullNameTh: profile
      ? join(
          `${profile.title_th ?? ''}${profile.first_name_th}`,
          profile.middle_name_th,
          profile.last_name_th,
        )
      : '',
    fullNameEn: profile?.first_name_en
      ? join(profile.title_en, profile.first_name_en, profile.middle_name_en, profile.last_name_en)
      : null,
    birthDate: profile?.birth_date ?? null,
    nationality: profile?.nationality ?? null,
    idCardAddress: profile?.id_card_address ?? null,
    maskedId: nationalId ? maskThaiId(nationalId) : '',
  }
}

/** The ID-card address on one line, as the bank sent it or built from its parts. */
export function idCardAddressText(a: IdCardAddress | null, locale: Locale = 'th'): string {
  return cardAddress(a, locale)
}

/** The mailing address on one line: the ID-card address, or the one typed with its DOPA area. */
export function mailingText(
  mailing: StoredMailing | null,
  profile: ProfileView,
  locale: Locale = 'th',
): string {
  return mailingAddressText(mailing, profile.idCardAddress, locale)
}
