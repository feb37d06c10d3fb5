// A real server on a free loopback port over a fresh demo database, and Debian's Chromium
// driven by playwright-core. Used by every browser test.
import { spawn, spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { connect, createServer } from 'node:net';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { after, before } from 'node:test';

export const root = resolve(import.meta.dirname, '../..');
const vigie = join(root, 'build/vigie');
export const screenshots = join(root, 'docs/screenshots');

export async function startServer(extraArgs = []) {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-e2e-'));
  const db = join(dir, 'e2e.db');
  const demo = spawnSync(vigie, ['demo', '--db', db], { cwd: root, encoding: 'utf8' });
  if (demo.status !== 0) throw new Error(`vigie demo: ${demo.stderr}`);
  const server = spawn(vigie, ['serve', '--db', db, '--port', '0', '--threads', '2', '--web-root', join(root, 'web/dist'), ...extraArgs], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = await new Promise((ok, fail) => {
    let seen = '';
    server.stderr.on('data', (chunk) => {
      seen += chunk;
      const m = seen.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) ok(`http://127.0.0.1:${m[1]}`);
    });
    server.on('exit', (code) => fail(new Error(`vigie serve exited ${code}: ${seen}`)));
  });
  return {
    url,
    db,
    /** Runs the CLI on the same database (password on standard input). */
    cli(args, input = '') {
      const r = spawnSync(vigie, [...args, '--db', db], { cwd: root, input, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`vigie ${args.join(' ')}: ${r.stderr}`);
      return r.stdout;
    },
    async stop() {
      server.kill('SIGTERM');
      await new Promise((ok) => server.on('exit', ok));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A real SMTP server on the loopback (Debian's python3-aiosmtpd) storing what it receives in a
 * Maildir; `messages()` reads them back with Python's e-mail and iCalendar parsers. */
export async function startSmtpSink() {
  const port = await new Promise((ok) => {
    const probe = createServer().listen(0, '127.0.0.1', () => { const p = probe.address().port; probe.close(() => ok(p)); });
  });
  const dir = mkdtempSync(join(tmpdir(), 'vigie-smtp-'));
  const maildir = join(dir, 'mail');
  const sink = spawn('/usr/bin/python3', ['-m', 'aiosmtpd', '-n', '-l', `127.0.0.1:${port}`, '-c', 'aiosmtpd.handlers.Mailbox', maildir], { stdio: 'ignore' });
  for (let i = 0; i < 200; i++) {
    const up = await new Promise((ok) => { const s = connect(port, '127.0.0.1', () => { s.end(); ok(true); }); s.on('error', () => ok(false)); });
    if (up) break;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages() {
      const r = spawnSync('/usr/bin/python3', [join(root, 'tests/support/read_mail.py'), maildir], { encoding: 'utf8' });
      if (r.status !== 0) return [];
      return JSON.parse(r.stdout);
    },
    async stop() {
      sink.kill('SIGTERM');
      await new Promise((ok) => sink.on('exit', ok));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function startBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'vigie-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    locale: 'fr-FR',
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic', '--lang=fr-FR'],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** axe-core on the page as it stands: the list of WCAG A/AA violations (empty is the goal). */
export async function accessibilityViolations(page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export async function screenshot(page, name) {
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: false });
}

export async function login(page, url, user, password) {
  await page.goto(`${url}/connexion.html`);
  await page.getByLabel('Identifiant').fill(user);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/connexion'));
}

/**
 * Registers the suite's set-up: one server over a fresh demo database and one browser, shared by
 * the file's tests and stopped after them; with `{ mail: true }`, an SMTP sink the server sends to. The returned object is filled before the first test.
 */
export function useServerAndBrowser(options = {}) {
  const ctx = { server: null, browser: null, smtp: null };
  before(async () => {
    if (options.mail) ctx.smtp = await startSmtpSink();
    ctx.server = await startServer(ctx.smtp ? ['--smtp-url', ctx.smtp.url, '--mail-from', 'CLSPD de Manosque <clspd@example.fr>'] : []);
    ctx.browser = await startBrowser();
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.stop();
    await ctx.smtp?.stop();
  });
  return ctx;
}

/** A JSON call from inside the signed-in page (cookie and CSRF token), for set-up only. */
export async function call(page, method, path, body) {
  return page.evaluate(async ([m, p, b]) => {
    const me = await (await fetch('/api/v1/me')).json();
    const r = await fetch(p, { method: m, headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf_token }, body: b && JSON.stringify(b) });
    return r.json();
  }, [method, path, body]);
}

/** The TOTP code (RFC 6238, SHA-1, 6 digits) of a base32 secret at a 30-second step, with
 * Node's own HMAC: an implementation independent of the server's. */
export function totp(secret, step = Math.floor(Date.now() / 1000 / 30)) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of secret) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', Buffer.from(bytes)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1000000).padStart(6, '0');
}
