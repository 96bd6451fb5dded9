export {
  allAreas,
  areaChoice,
  areasForPostcode,
  findArea,
  formatArea,
  isBangkok,
  type Area,
} from './dopa.js'
export {
  formatAddress,
  formatLines,
  idCardAddressText,
  mailingAddressText,
  type AddressLines,
} from './format.js'
export { MixedText } from './lang.js'
export { bareAddressLines, bareMoo, bareRoad, bareSoi } from './normalise.js'
export { englishNames, PLACE_NAMES_SOURCE, type AreaNames } from './place-names.js'
