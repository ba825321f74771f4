/**
 * Key pairs for tests: curve25519 (legacy ECC, the kind `keys rotate` makes), one per name, generated on first use
 * and cached. Jest gives each test file its own module registry, so a name means the same key throughout one test
 * file; a test that needs a key distinct from the others asks for another name.
 */
import * as openpgp from 'openpgp'

export interface TestKeyPair {
  publicKey: openpgp.PublicKey
  privateKey: openpgp.PrivateKey
  /** ASCII-armored, for the key files the CLI and the action read. */
  publicArmored: string
  privateArmored: string
  /** Upper-case hex, as the summaries and manifests print it. */
  fingerprint: string
}

const pairs = new Map<string, Promise<TestKeyPair>>()

async function generate(name: string): Promise<TestKeyPair> {
  const { publicKey, privateKey } = await openpgp.generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ email: `${name}@example.com` }],
    format: 'object'
  })
  return {
    publicKey,
    privateKey,
    publicArmored: publicKey.armor(),
    privateArmored: privateKey.armor(),
    fingerprint: publicKey.getFingerprint().toUpperCase()
  }
}

/** The key pair called `name` (no passphrase); the same object on every call with that name. */
export function testKeyPair(name = 'pipeline'): Promise<TestKeyPair> {
  let pair = pairs.get(name)
  if (!pair) {
    pair = generate(name)
    pairs.set(name, pair)
  }
  return pair
}
