/**
 * Makes sure a Chromium is there for the e2e tests: the system's, or Playwright's own
 * download if one exists; otherwise installs Debian's `chromium` when we are root with
 * apt, or stops with one sentence saying what to install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './lib/find-chromium.ts';

function playwrightsOwn(): string | null {
  try {
    const own = chromium.executablePath();
    return own && existsSync(own) ? own : null;
  } catch {
    return null;
  }
}

function installWithApt(): void {
  console.log('ensure-chromium: no Chromium found; installing Debian package "chromium" with apt-get …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
}

const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');

let found = findChromium() ?? playwrightsOwn();
if (!found && isRoot && hasApt) {
  installWithApt();
  found = findChromium();
}
if (!found) {
  console.error(
    'ensure-chromium: no Chromium found: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to a Chromium or Chrome binary.',
  );
  process.exit(1);
}
console.log(`ensure-chromium: using ${found}`);
