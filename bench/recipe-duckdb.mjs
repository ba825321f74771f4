// The DuckDB side of bench/recipe.mjs, run in its own process so its time and peak RSS are its own.
// Usage: node bench/recipe-duckdb.mjs INPUT.csv OUTPUT.parquet HEXKEY
// Same job as bench/recipe.json: trim+lowercase email and last name, digits-only phone, then HMAC-SHA256 of the
// three (written in SQL as sha256(opad || unhex(sha256(ipad || value)))), Base64 like DataBrew, to snappy Parquet.
import { DuckDBInstance } from '@duckdb/node-api'

const [input, output, hexKey] = process.argv.slice(2)
const key = Buffer.alloc(64)
Buffer.from(hexKey, 'hex').copy(key) // keys up to 64 bytes are zero-padded, as HMAC specifies
const pad = b => Buffer.from(key.map(x => x ^ b)).toString('hex')
const hmac = expr =>
  `to_base64(unhex(sha256(unhex('${pad(0x5c)}') || unhex(sha256(unhex('${pad(0x36)}') || encode(${expr}))))))`
const db = await DuckDBInstance.create(':memory:')
const c = await db.connect()
await c.run(`
  COPY (
    SELECT customer_id,
           CASE WHEN email IS NULL THEN NULL ELSE ${hmac('lower(trim(email))')} END AS email,
           CASE WHEN phone IS NULL THEN NULL ELSE ${hmac("regexp_replace(phone, '[^0-9+]', '', 'g')")} END AS phone,
           first_name,
           CASE WHEN last_name IS NULL THEN NULL ELSE ${hmac('lower(trim(last_name))')} END AS last_name,
           address, city, state, postal_code, country, date_of_birth
    FROM read_csv('${input}', header = true, all_varchar = true)
  ) TO '${output}' (FORMAT parquet, COMPRESSION snappy)`)
