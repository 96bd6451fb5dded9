export { areasForPostcode, findArea, formatArea, isBangkok, type Area } from './dopa.js'
