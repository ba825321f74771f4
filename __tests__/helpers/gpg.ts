/**
 * Real gpg 2.2 and rnp 0.16 as interop peers, each in a throw-away home directory. CI installs both (apt-get);
 * a machine without them skips the interop suites with the reason printed.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const hasGpg = spawnSync('gpg', ['--version']).status === 0
export const hasRnp = spawnSync('rnp', ['--version']).status === 0

export interface GpgKey {
  fingerprint: string
  publicArmored: string
  secretArmored: string
}

export class GpgHome {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'gpg-'))

  run(args: string[], input?: Buffer | string): Buffer {
    return execFileSync(
      'gpg',
      ['--homedir', this.dir, '--batch', '--yes', '--pinentry-mode', 'loopback', '--passphrase', '', ...args],
      {
        input,
        stdio: ['pipe', 'pipe', 'pipe'],
        maxBuffer: 1 << 30
      }
    )
  }

  /** `algo`: rsa3072 or ed25519 (the encryption subkey is then cv25519). */
  generate(email: string, algo: 'rsa3072' | 'ed25519', usage = 'default'): GpgKey {
    this.run(['--quick-gen-key', `Test <${email}>`, algo, usage, 'never'])
    if (usage === 'default') {
      // gpg 2.2's quick-gen-key makes a sign+certify primary only: add the encryption subkey.
      this.run([
        '--quick-add-key',
        this.fingerprint(email),
        algo === 'ed25519' ? 'cv25519' : algo,
        'encr',
        'never'
      ])
    }
    const fingerprint = this.fingerprint(email)
    return {
      fingerprint,
      publicArmored: this.run(['--armor', '--export', fingerprint]).toString(),
      secretArmored: this.run(['--armor', '--export-secret-keys', fingerprint]).toString()
    }
  }

  fingerprint(email: string): string {
    const out = this.run(['--with-colons', '--fingerprint', email]).toString()
    const line = out.split('\n').find(l => l.startsWith('fpr:'))
    return line!.split(':')[9]!
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }
}

export class RnpHome {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'rnp-'))

  importKey(file: string): void {
    execFileSync('rnpkeys', ['--homedir', this.dir, '--import', file], { stdio: 'pipe' })
  }

  run(args: string[]): Buffer {
    return execFileSync('rnp', ['--homedir', this.dir, '--password', '', ...args], {
      stdio: 'pipe',
      maxBuffer: 1 << 30
    })
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }
}
