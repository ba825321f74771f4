/**
 * Name → code lookups the profiles use, built here from facts rather than taken from anyone's code: country names
 * come from ICU's English region names (Intl.DisplayNames) for every region libphonenumber knows, plus a few common
 * aliases; US states, territories and Canadian provinces are the USPS and Canada Post codes. Keys are squashed:
 * accents stripped, lowercase a–z only. Lookups in the profiles are exact matches on the whole squashed value.
 */
import { getCountries } from 'libphonenumber-js'

/** Accents stripped, lowercase, letters a–z only: "Côte d’Ivoire" → "cotedivoire". */
export function squashName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
}

/** Names people write that ICU's English names do not cover. */
const COUNTRY_ALIASES: Record<string, string> = {
  usa: 'us',
  unitedstatesofamerica: 'us',
  america: 'us',
  uk: 'gb',
  greatbritain: 'gb',
  england: 'gb',
  scotland: 'gb',
  wales: 'gb',
  northernireland: 'gb',
  southkorea: 'kr',
  republicofkorea: 'kr',
  northkorea: 'kp',
  russianfederation: 'ru',
  czechrepublic: 'cz',
  turkey: 'tr',
  ivorycoast: 'ci',
  holland: 'nl',
  vietnam: 'vn',
  burma: 'mm',
  swaziland: 'sz',
  macedonia: 'mk',
  uae: 'ae'
}

function buildCountries(): Record<string, string> {
  const names = new Intl.DisplayNames(['en'], { type: 'region' })
  const table: Record<string, string> = {}
  for (const code of getCountries()) {
    const name = names.of(code)
    if (name && name !== code) table[squashName(name)] = code.toLowerCase()
  }
  return { ...table, ...COUNTRY_ALIASES }
}

/** Squashed English country name → ISO 3166-1 alpha-2 (lowercase). */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = buildCountries()

/** Every alpha-2 code the name table maps to: a 2-letter input must be one of these. */
export const COUNTRY_CODES: ReadonlySet<string> = new Set([
  ...getCountries().map(c => c.toLowerCase()),
  ...Object.values(COUNTRY_ALIASES)
])

/** US states, DC, the inhabited territories (USPS codes) and Canadian provinces and territories (Canada Post). */
export const STATES: Readonly<Record<string, string>> = Object.fromEntries(
  (
    [
      ['Alabama', 'al'],
      ['Alaska', 'ak'],
      ['Arizona', 'az'],
      ['Arkansas', 'ar'],
      ['California', 'ca'],
      ['Colorado', 'co'],
      ['Connecticut', 'ct'],
      ['Delaware', 'de'],
      ['Florida', 'fl'],
      ['Georgia', 'ga'],
      ['Hawaii', 'hi'],
      ['Idaho', 'id'],
      ['Illinois', 'il'],
      ['Indiana', 'in'],
      ['Iowa', 'ia'],
      ['Kansas', 'ks'],
      ['Kentucky', 'ky'],
      ['Louisiana', 'la'],
      ['Maine', 'me'],
      ['Maryland', 'md'],
      ['Massachusetts', 'ma'],
      ['Michigan', 'mi'],
      ['Minnesota', 'mn'],
      ['Mississippi', 'ms'],
      ['Missouri', 'mo'],
      ['Montana', 'mt'],
      ['Nebraska', 'ne'],
      ['Nevada', 'nv'],
      ['New Hampshire', 'nh'],
      ['New Jersey', 'nj'],
      ['New Mexico', 'nm'],
      ['New York', 'ny'],
      ['North Carolina', 'nc'],
      ['North Dakota', 'nd'],
      ['Ohio', 'oh'],
      ['Oklahoma', 'ok'],
      ['Oregon', 'or'],
      ['Pennsylvania', 'pa'],
      ['Rhode Island', 'ri'],
      ['South Carolina', 'sc'],
      ['South Dakota', 'sd'],
      ['Tennessee', 'tn'],
      ['Texas', 'tx'],
      ['Utah', 'ut'],
      ['Vermont', 'vt'],
      ['Virginia', 'va'],
      ['Washington', 'wa'],
      ['West Virginia', 'wv'],
      ['Wisconsin', 'wi'],
      ['Wyoming', 'wy'],
      ['District of Columbia', 'dc'],
      ['Puerto Rico', 'pr'],
      ['Guam', 'gu'],
      ['US Virgin Islands', 'vi'],
      ['American Samoa', 'as'],
      ['Northern Mariana Islands', 'mp'],
      ['Alberta', 'ab'],
      ['British Columbia', 'bc'],
      ['Manitoba', 'mb'],
      ['New Brunswick', 'nb'],
      ['Newfoundland and Labrador', 'nl'],
      ['Nova Scotia', 'ns'],
      ['Ontario', 'on'],
      ['Prince Edward Island', 'pe'],
      ['Quebec', 'qc'],
      ['Saskatchewan', 'sk'],
      ['Northwest Territories', 'nt'],
      ['Nunavut', 'nu'],
      ['Yukon', 'yt']
    ] as const
  ).map(([name, code]) => [squashName(name), code])
)

/** German and Nordic letters spelled out (ß → ss, ä → ae …) before accents are stripped, as transliteration does. */
export const SPELLED_OUT: Readonly<Record<string, string>> = {
  ß: 'ss',
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ø: 'o',
  æ: 'ae'
}
