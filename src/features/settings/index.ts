// Settings that shape published figures: declared in code by each feature (defineSetting, with a
// zod schema and a default), changed by officers with 'settings.edit' (the service-quality
// section's page), each change audited and kept with who, when, old → new and why.
export {
  defineSetting,
  declaredSettings,
  describeValue,
  settingByKey,
  valueFromForm,
  valueToForm,
  type Bilingual,
  type Setting,
  type SettingInput,
} from './define.js'
export {
  listSettings,
  readSetting,
  settingHistory,
  SettingValueError,
  writeSetting,
  type SettingChange,
  type SettingChangeBy,
  type SettingView,
} from './settings.service.js'
export { applyRounding, figuresRounding, percentOf, type RoundingMode } from './rounding.js'
