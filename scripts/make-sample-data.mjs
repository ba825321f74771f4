// Writes examples/data/*.csv: synthetic customers (fake names, reserved example.* domains, 555 numbers).
// Deterministic (seeded) so the committed files only change when this script does.
import { mkdirSync, writeFileSync } from 'node:fs'

let seed = 20261122
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
const pick = xs => xs[Math.floor(rand() * xs.length)]
const first = [
  'Ana',
  'Björn',
  'Chloé',
  'Dmitri',
  'Eve',
  'Farah',
  'Grace',
  'Hiro',
  'Ivan',
  'José',
  'Kim',
  'Léa',
  'Mia',
  'Noah',
  'Olu'
]
const last = [
  'Álvarez',
  'Brown',
  "O'Neil",
  'Chen',
  'Dubois',
  'Evans',
  'García',
  'Hughes',
  'Ito',
  'Jensen',
  'Kowalski',
  'Müller'
]
const domains = ['example.com', 'example.org', 'gmail.example', 'mail.example.net']
const cities = [
  ['Springfield', 'IL', '62701'],
  ['Portland', 'OR', '97201'],
  ['Austin', 'TX', '78701'],
  ['Boston', 'MA', '02108']
]

function customers(n) {
  const rows = [
    'customer_id,email,phone,first_name,last_name,address,city,state,postal_code,country,date_of_birth'
  ]
  for (let i = 1; i <= n; i++) {
    const f = pick(first),
      l = pick(last),
      [city, state, zip] = pick(cities)
    const email = `${rand() < 0.2 ? ' ' : ''}${f}.${l}${i}@${pick(domains)}`.replace(/[^\w.@ -]/g, '')
    const phone = pick([
      `(555) 0${String(i % 100).padStart(2, '0')}-${1000 + (i % 9000)}`,
      `+1 555 0${String(i % 100).padStart(2, '0')} ${1000 + (i % 9000)}`
    ])
    const address = `"${100 + (i % 900)} ${pick(['Main', 'Oak', 'Pine', 'Maple'])} St, Apt ${1 + (i % 20)}"`
    const dob = `19${50 + (i % 50)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`
    rows.push(
      [
        `C${String(i).padStart(6, '0')}`,
        rand() < 0.1 ? email.toUpperCase() : email,
        phone,
        f,
        l,
        address,
        city,
        state,
        zip,
        'US',
        dob
      ].join(',')
    )
  }
  return rows.join('\n') + '\n'
}

mkdirSync('examples/data', { recursive: true })
writeFileSync('examples/data/customers.csv', customers(2000))
writeFileSync('examples/data/customers-eu.csv', customers(500).replaceAll(',US,', ',FR,'))
console.log('wrote examples/data/customers.csv, examples/data/customers-eu.csv')
