/** `normalize` driven through its Command object (and runNormalize for stdin) with a fake CliIO. */
import { describe, expect, it } from '@jest/globals'
import { Readable } from 'node:stream'
import type { CliIO } from '../../src/commands/command.js'
import { normalizeCommand, runNormalize } from '../../src/commands/normalize.js'
import { UsageError } from '../../src/errors.js'

function fakeIO(): CliIO & { out: string; err: string; json: () => Record<string, unknown>[] } {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    env: {},
    cwd: process.cwd(),
    json: () =>
      io.out
        .split('\n')
        .filter(l => l !== '')
        .map(l => JSON.parse(l) as Record<string, unknown>)
  }
  return io
}

describe('normalize command', () => {
  it('prints one JSON object per value with the normalized value and both SHA-256 encodings', async () => {
    const io = fakeIO()
    const code = await normalizeCommand.run(
      ['--profile', 'uid2', '--kind', 'email', 'JaneSaoirse+Work@gmail.com', 'USER@example.com'],
      io
    )
    expect(code).toBe(0)
    expect(io.err).toBe('')
    expect(io.json()).toEqual([
      {
        input: 'JaneSaoirse+Work@gmail.com',
        normalized: 'janesaoirse@gmail.com',
        sha256_hex: '92ee26057ed9dea2535d6c8b141d48373932476599196e00352254896db5888f',
        sha256_base64: 'ku4mBX7Z3qJTXWyLFB1INzkyR2WZGW4ANSJUiW21iI8='
      },
      {
        input: 'USER@example.com',
        normalized: 'user@example.com',
        sha256_hex: 'b4c9a289323b21a01c3e940f150eb9b8c542587f1abfd8f0e1cc1ffc5e475514',
        sha256_base64: 'tMmiiTI7IaAcPpQPFQ65uMVCWH8av9jw4cwf/F5HVRQ='
      }
    ])
  })

  it('reports a value it cannot normalize with "error", carries on, and exits 0 (1 with --strict)', async () => {
    const args = ['--profile', 'meta', '--kind', 'phone', '12', '(650)555-1212']
    const io = fakeIO()
    expect(await normalizeCommand.run(args, io)).toBe(0)
    const [bad, good] = io.json()
    expect(bad).toEqual({
      input: '12',
      normalized: null,
      error: expect.stringMatching(/not a possible phone number/)
    })
    expect(good).toMatchObject({
      normalized: '16505551212',
      sha256_hex: 'e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176'
    })
    expect(await normalizeCommand.run([...args, '--strict'], fakeIO())).toBe(1)
    expect(
      await normalizeCommand.run(['--profile', 'meta', '--kind', 'phone', '--strict', '6505551212'], fakeIO())
    ).toBe(0)
  })

  it('uses --region for phone numbers without a country code', async () => {
    const io = fakeIO()
    await normalizeCommand.run(
      ['--profile', 'google', '--kind', 'phone', '--region', 'gb', '020 7946 0958'],
      io
    )
    expect(io.json()[0]).toMatchObject({ normalized: '+442079460958' })
  })

  it('reads one value per line from stdin when no value is given, blank lines included', async () => {
    const io = fakeIO()
    const stdin = Readable.from(['MyName@liveramp.com \r\n', '\n', 'jane', '.doe@example.com\n'])
    expect(await runNormalize(['--profile', 'liveramp', '--kind', 'email'], io, stdin)).toBe(0)
    const lines = io.json()
    expect(lines.map(l => l.input)).toEqual(['MyName@liveramp.com ', '', 'jane.doe@example.com'])
    expect(lines[0]).toMatchObject({
      normalized: 'myname@liveramp.com',
      sha256_hex: 'ad474377422023fe13c6421afa7958559ee3ce1c5aa8395e92140cc09912c1be',
      md5_hex: 'e496f5db75b278b8583e60cb834cfb11',
      sha1_hex: '529a123cb5d93641ffa999c0e9b06aa4c40c3677'
    })
    expect(lines[1]).toEqual({ input: '', normalized: null, error: 'empty' })
  })

  it('adds sha1_hex for LiveRamp phones and send_unhashed where Google wants plain text', async () => {
    const io = fakeIO()
    await normalizeCommand.run(['--profile', 'liveramp', '--kind', 'phone', '+1 (555) 123-4567'], io)
    expect(io.json()[0]).toMatchObject({
      normalized: '5551234567',
      sha1_hex: 'b8e04c986aa87857dfb4d364371d1a4195abf1bb'
    })
    const io2 = fakeIO()
    await normalizeCommand.run(['--profile', 'google', '--kind', 'country', ' us '], io2)
    expect(io2.json()[0]).toMatchObject({ normalized: 'US', send_unhashed: true })
  })

  it('refuses an unknown or missing profile, kind or region with a usage error (exit 2) listing the valid ones', async () => {
    const run = (args: string[]) => normalizeCommand.run(args, fakeIO())
    await expect(run(['--profile', 'acme', '--kind', 'email', 'x'])).rejects.toThrow(UsageError)
    await expect(run(['--profile', 'acme', '--kind', 'email', 'x'])).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining('uid2, meta, google, entity-resolution, liveramp')
    })
    await expect(run(['--kind', 'email', 'x'])).rejects.toMatchObject({ exitCode: 2 })
    await expect(run(['--profile', 'uid2', '--kind', 'first_name', 'x'])).rejects.toMatchObject({
      exitCode: 2,
      message: "normalize: profile uid2 has no kind 'first_name': use one of email, phone"
    })
    await expect(run(['--profile', 'uid2', 'x'])).rejects.toMatchObject({ exitCode: 2 })
    await expect(run(['--profile', 'uid2', '--kind', 'phone', '--region', 'XX', '1'])).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining("--region 'XX'")
    })
    await expect(run(['--profile', 'uid2', '--kind', 'email', '--bogus'])).rejects.toMatchObject({
      exitCode: 2
    })
  })

  it('prints help listing every profile with its kinds', async () => {
    const io = fakeIO()
    expect(await normalizeCommand.run(['--help'], io)).toBe(0)
    for (const p of ['uid2', 'meta', 'google', 'entity-resolution', 'liveramp'])
      expect(io.out).toContain(`  ${p} — `)
    expect(io.out).toContain('date_of_birth')
    expect(normalizeCommand.help).toBe(io.out.trimEnd())
  })
})
