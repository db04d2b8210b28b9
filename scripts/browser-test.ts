/**
 * `npm run test:browser`: the docs page in headless Chromium, as a reader opens it. Not part of
 * `npm test` (it needs a browser: `apt-get install -y chromium`). It starts the service on an
 * embedded PostgreSQL, opens /docs by 127.0.0.1 and by a host alias over plain http, checks that
 * every operation renders with no console error, no CSP violation and no request leaving the
 * service, tries GET /v1/me with an API key, and writes a screenshot.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { createClient } from '../sdk/typescript/src/index.js';
import { loadConfig } from '../src/config.js';
import { createLogger, startService } from '../src/server.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HOST_ALIAS = 'partnerdesk.internal';
const OPERATOR_TOKEN = 'browser-test-operator-token';

const contract = JSON.parse(await readFile(new URL('../openapi/openapi.json', import.meta.url), 'utf8'));
const operationCount = Object.values(contract.paths as Record<string, object>)
  .flatMap((operations) => Object.keys(operations))
  .filter((method) => ['get', 'put', 'post', 'patch', 'delete'].includes(method)).length;

const dataDir = await mkdtemp(join(tmpdir(), 'partnerdesk-browser-'));
const config = loadConfig({ PARTNERDESK_DATA_DIR: dataDir, OPERATOR_TOKEN, LOG_LEVEL: 'warn' });
const service = await startService(config, createLogger(config), { jobs: false });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--host-resolver-rules=MAP ${HOST_ALIAS} 127.0.0.1`,
  ],
});
try {
  await service.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = service.app.server.address() as AddressInfo;
  const operator = createClient({ baseUrl: `http://127.0.0.1:${port}`, apiKey: OPERATOR_TOKEN });
  const partner = await operator.POST('/v1/partners', { body: { name: 'Contoso Cloud Services', kind: 'direct' } });
  assert.ok(partner.data, `creating a partner: ${JSON.stringify(partner.error)}`);

  for (const host of ['127.0.0.1', HOST_ALIAS]) {
    const origin = `http://${host}:${port}`;
    const page = await browser.newPage();
    const problems = await watch(page, origin);
    await page.goto(`${origin}/docs`);
    await page
      .locator('.opblock')
      .nth(operationCount - 1)
      .waitFor({ timeout: 30_000 })
      .catch((error: Error) => {
        throw new Error(`${origin}/docs did not render: ${problems.join('\n') || error.message}`);
      });
    assert.equal(await page.locator('.opblock').count(), operationCount, `${origin}: every operation is listed`);
    assert.equal(await page.title(), 'partnerdesk API', `${origin}: the page is titled after the service`);
    assert.equal(await page.locator('.topbar').count(), 0, `${origin}: no Swagger top bar (logo, Explore)`);

    await authorize(page, partner.data.apiKey.key);
    const status = await tryGetMe(page);
    assert.equal(status, '200', `${origin}: GET /v1/me tried with the key answers 200`);
    const description = await page.locator('#operations-access-getMe').innerText();
    assert.equal(description.match(/Roles:/g)?.length, 1, `${origin}: the roles are named once`);

    assert.deepEqual(problems, [], `${origin}: no console error, CSP violation or outside request`);
    const screenshots = [
      join(tmpdir(), `partnerdesk-docs-${host}.png`),
      join(tmpdir(), `partnerdesk-docs-${host}-me.png`),
    ];
    await page.locator('#operations-access-getMe').screenshot({ path: screenshots[1] });
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: screenshots[0] });
    process.stdout.write(`ok ${origin}/docs: ${operationCount} operations, GET /v1/me tried → 200\n`);
    process.stdout.write(`   screenshots: ${screenshots.join(' ')}\n`);
    await page.close();
  }
} finally {
  await browser.close();
  await service.close();
  await rm(dataDir, { recursive: true, force: true });
}

/** What a reader would see go wrong: console errors, CSP violations, failed or outside requests. */
async function watch(page: Page, origin: string): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:') problems.push(`outside request: ${request.url()}`);
  });
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
  // CSP violations also reach the console, but this names the directive.
  await page.exposeFunction('reportViolation', (text: string) => problems.push(`CSP: ${text}`));
  await page.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (event) =>
      window.reportViolation(event.violatedDirective + ' blocked ' + event.blockedURI));`,
  });
  return problems;
}

/** Authorize → the API key scheme's value → Authorize → Close. */
async function authorize(page: Page, key: string) {
  await page.locator('.auth-wrapper .authorize').click();
  const scheme = page.locator('.auth-container').filter({ hasText: 'apiKey' });
  await scheme.locator('input').fill(key);
  await scheme.locator('button.authorize').click();
  await scheme.locator('button.btn-done').click();
}

/** Opens GET /v1/me, Try it out → Execute; the status shown. */
async function tryGetMe(page: Page): Promise<string> {
  const operation = page.locator('#operations-access-getMe');
  await operation.locator('.opblock-summary').click();
  await operation.locator('.try-out__btn').click();
  await operation.locator('.execute').click();
  const status = operation.locator('.live-responses-table .response .response-col_status');
  await status.first().waitFor();
  return (await status.first().innerText()).trim();
}
