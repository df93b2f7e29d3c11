import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium package (`apt-get install -y chromium`; .ci/run installs it); never a downloaded browser. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const DESKTOP = { width: 1280, height: 800 };
export const TABLET = { width: 820, height: 1180 };

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // A closed network: without these Chromium keeps trying to reach Google's services.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface SignedInPage {
  context: BrowserContext;
  page: Page;
  /** Browser console errors and failed page scripts seen so far. */
  consoleErrors: string[];
}

/** A new browser context (its own cookies), signed in through the login form, at `path`. */
export async function signIn(
  browser: Browser,
  baseUrl: string,
  { email, password, path = '/', viewport = DESKTOP }: { email: string; password: string; path?: string; viewport?: { width: number; height: number } },
): Promise<SignedInPage> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport, locale: 'ru-RU', acceptDownloads: true });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto(path);
  await page.getByLabel('Электронная почта').fill(email);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByTestId('header-identity').waitFor();
  return { context, page, consoleErrors };
}
