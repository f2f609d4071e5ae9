// The playground in a real browser: the page startPlayground serves, used as a person uses Discord, against the real bot.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import type { Corpus } from '../../src/corpus/types.js';
import { projectRoot } from '../../src/paths.js';
import { buildPlaygroundAssets } from '../../src/playground/pageAssets.js';
import { startPlayground, type Playground } from '../../src/playground/startPlayground.js';
import { chromiumMissing, launchChromium } from './chromium.js';

// How long a step may take to show on a loaded machine (the default poll gives up after a second); not a timing check.
const STEP_MS = 10_000;
const RELOAD_MS = 30_000;

const ARTIFACTS = path.join(projectRoot, 'tests', 'artifacts', 'playground');
const QUOTED = 'The believer would not be beaten in the same place twice';
/** Text as a reader compares it: runs of whitespace as one space. */
const words = (text: string) => text.replace(/\s+/gu, ' ').trim();

if (chromiumMissing) console.warn(chromiumMissing);

describe.skipIf(chromiumMissing !== undefined)('the playground in Chromium', { timeout: 20_000 }, () => {
  let playground: Playground;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  let assetsDir: string;
  const printed: string[] = [];
  const requested: string[] = [];
  const failed: string[] = [];
  let corpus: Corpus;

  beforeAll(async () => {
    assetsDir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-playground-'));
    [corpus] = await Promise.all([
      loadCorpus(path.join(projectRoot, 'corpus')),
      buildPlaygroundAssets(assetsDir),
      mkdir(ARTIFACTS, { recursive: true }),
    ]);
    playground = await startPlayground({
      env: { LOG_LEVEL: 'silent', RATE_LIMIT_BURST: '1000', RATE_LIMIT_BUTTON_BURST: '1000' },
      port: 0,
      assetsDir,
      print: (line) => printed.push(line),
      stopOnSignals: false,
    });
    browser = await launchChromium();
    page = await browser.browser.newPage();
    page.on('request', (request) => requested.push(request.url()));
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') failed.push(message.text());
    });
    await page.goto(playground.url);
    await page.locator('body[data-ready="true"]').waitFor();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    if (assetsDir) await rm(assetsDir, { recursive: true, force: true });
  });

  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
  const box = () => page.locator('.message-input');
  const last = () => page.locator('discord-message').last();
  const button = (message: Locator, label: string) => message.locator('discord-button', { hasText: label });
  /** An /api call as another web page, or a script, could send it: from Node, with the headers given. */
  const apiCall = (route: string, headers: Record<string, string>, body?: object) =>
    fetch(new URL(route, playground.url), {
      method: body ? 'POST' : 'GET',
      headers: { 'content-type': 'text/plain', ...headers },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  const ownOrigin = () => new URL(playground.url).origin;

  /** Types `/name` in the message box and picks the command from the picker, as Discord's picker is used. */
  async function pickCommand(name: string): Promise<void> {
    await box().fill(`/${name}`);
    await page
      .locator('.popup-item', { hasText: `/${name}` })
      .first()
      .click();
  }

  /** Runs `/name` with one option typed out: the bot's suggestions appear and are closed with Escape, so the text is sent as typed. */
  async function runTyped(name: string, option: string, value: string): Promise<void> {
    await pickCommand(name);
    const input = page.locator(`input[name="${option}"]`);
    await input.fill(value);
    await page.locator('.popup-item').first().waitFor();
    await input.press('Escape');
    await input.press('Enter');
  }

  it('prints the page address and how to connect to Discord instead', () => {
    expect(printed).toEqual([expect.stringContaining(playground.url), expect.stringMatching(/DISCORD_TOKEN.*Discord instead/u)]);
  });

  it("/search: the picker shows each command with its description; a filter is picked from the bot's suggestions; matched words in bold", async () => {
    await box().fill('/');
    await expect
      .poll(() => page.locator('.popup-item').allInnerTexts())
      .toContainEqual(expect.stringMatching(/^\/search\s+Find passages by their words/u));
    await pickCommand('search');
    await page.locator('input[name="query"]').fill('Rajavi');
    await page.locator('.add-option', { hasText: 'document' }).click();
    await page.locator('input[name="document"]').fill('diplomacy');
    await page.locator('.popup-item', { hasText: 'Revolutionary Diplomacy' }).click();
    await page.locator('.add-option', { hasText: 'limit' }).click();
    await page.locator('input[name="limit"]').fill('2');
    await page.locator('input[name="limit"]').press('Enter');

    const results = last();
    await expect.poll(() => results.locator('discord-embed').count(), { timeout: STEP_MS }).toBe(2);
    expect(await results.getAttribute('ephemeral')).not.toBeNull();
    expect(await results.locator('verbatim-command').getAttribute('command')).toBe('/search');
    expect(await results.locator('discord-embed strong').first().innerText()).toMatch(/^Rajavi/iu);
    await expect
      .poll(() => results.locator('discord-embed-footer').allInnerTexts())
      .toEqual([
        expect.stringMatching(/^revolutionary-diplomacy-costs-achievements:\d+$/u),
        expect.stringMatching(/^revolutionary-diplomacy-costs-achievements:\d+$/u),
      ]);
    await results.getByText('Only you can see this').waitFor();
    await shot('search');
  });

  it('Next rewrites the same private message with the next page', async () => {
    const results = page.locator('discord-message[ephemeral]').last();
    const id = await results.getAttribute('data-message-id');
    await button(results, 'Next').click();
    const same = page.locator(`discord-message[data-message-id="${id}"]`);
    await expect.poll(() => same.innerText(), { timeout: STEP_MS }).toMatch(/page 2 of \d+/u);
    expect(await same.locator('discord-embed').first().getAttribute('author-name')).toMatch(/^Result 3 of/u);
  });

  it('Share posts the passage in the channel, shared by you without a ping', async () => {
    const results = page.locator('discord-message[ephemeral]').last();
    const id = await results.locator('discord-embed-footer').first().innerText();
    await button(results, 'Share').first().click();
    const shared = page.locator('discord-message:not([ephemeral])', { hasText: 'Shared by' }).last();
    await shared.waitFor();
    expect(await shared.locator('discord-mention').innerText()).toBe('Researcher');
    expect(await shared.locator('discord-embed-footer').innerText()).toMatch(new RegExp(`^${id} · corpus [0-9a-f]{8}$`, 'u'));
    await shot('share');
  });

  it('a highlighted passage shows its words exactly as the corpus has them, no space added around bold words', async () => {
    await runTyped('search', 'query', 'Saddam sending regards');
    const results = last();
    await expect
      .poll(() => results.locator('discord-embed-description').allInnerTexts(), { timeout: STEP_MS })
      .toContainEqual(expect.stringContaining('He [Saddam] is sending'));
    const shown = await results.locator('discord-embed').evaluateAll((embeds) =>
      embeds.map((embed) => ({
        id: embed.querySelector('discord-embed-footer')!.textContent,
        text: embed.querySelector('discord-embed-description')!.innerText,
      })),
    );
    for (const { id, text } of shown.filter((each) => !each.text.includes('(shortened:')))
      expect(words(text)).toBe(words(corpus.passageById.get(id)!.text));
  });

  it('titles and field names show their markdown rendered, with no escapes', async () => {
    await runTyped('quote', 'id-or-words', 'collaboration-with-saddam-criminal-record:1');
    const quoted = page.locator('discord-message', { has: page.locator('verbatim-command[command="/quote"]') }).last();
    const title = quoted.locator('.embed-title');
    await title.waitFor({ timeout: STEP_MS });
    expect(await title.innerText()).toBe(corpus.documentById.get('collaboration-with-saddam-criminal-record')!.title);
    expect((await quoted.locator('.embed-field-name').allInnerTexts()).join(' ')).not.toContain('\\');
  });

  it('a command typed out in full is run, and an unknown one is named rather than posted', async () => {
    await box().fill('/search Camp Ashraf');
    await box().press('Enter');
    const results = last();
    await expect.poll(() => results.locator('verbatim-command').getAttribute('command'), { timeout: STEP_MS }).toBe('/search');
    await expect.poll(() => results.locator('discord-embed strong').first().innerText(), { timeout: STEP_MS }).toMatch(/Camp|Ashraf/iu);
    await box().fill('/nosuch words');
    await box().press('Enter');
    await expect.poll(() => last().innerText(), { timeout: STEP_MS }).toMatch(/No command \/nosuch: type \/ to see the commands/u);
    expect(await page.locator('discord-message', { hasText: '/nosuch words' }).count()).toBe(0);
    await box().fill('');
  });

  it('/cite answers with the citations in code blocks', async () => {
    await runTyped('cite', 'id', 'revolutionary-diplomacy-costs-achievements:12');
    const cited = last();
    await expect.poll(() => cited.locator('discord-code[multiline]').count(), { timeout: STEP_MS }).toBeGreaterThan(2);
    expect(await cited.locator('discord-code[multiline]').allInnerTexts()).toContainEqual(expect.stringContaining('Irani'));
    await shot('cite');
  });

  it('Verify quote, from the Apps menu of a message you posted, checks its words', async () => {
    await box().fill(`Someone wrote: “${QUOTED}”`);
    await box().press('Enter');
    const mine = page.locator('discord-message', { hasText: 'Someone wrote' }).last();
    await mine.click({ button: 'right' });
    await page.locator('.menu-heading', { hasText: 'Apps' }).waitFor();
    await page.locator('.menu-item', { hasText: 'Verify quote' }).click();
    const verdict = page.locator('discord-message', { has: page.locator('verbatim-command[command="Verify quote"]') }).last();
    await expect.poll(() => verdict.locator('strong').first().innerText(), { timeout: STEP_MS }).toBe('Exact');
    expect(words(await verdict.innerText())).toMatch(/\bExact: /u);
    // The header: "Researcher used Verify quote › Researcher  Someone wrote…", a gap between the name and the words.
    const header = verdict.locator('verbatim-command');
    const target = header.locator('.discord-replied-message-content.discord-message-margintop');
    expect(await target.innerText()).toContain('Someone wrote');
    const name = await header.locator('.discord-context-user').boundingBox();
    expect((await target.boundingBox())!.x).toBeGreaterThan(name!.x + name!.width);
    await shot('verify-quote');
  });

  it('/reload is not offered to a member, the local Discord refuses it to one, and it works for a server manager', async () => {
    await box().fill('/re');
    await expect.poll(() => page.locator('.popup-item').allInnerTexts()).not.toContainEqual(expect.stringMatching(/^\/reload/u));
    await box().fill('/reload');
    await box().press('Enter');
    await expect.poll(() => last().innerText(), { timeout: STEP_MS }).toMatch(/No command \/reload \(server managers only\)/u);
    const sent = await apiCall(
      '/api/command',
      { origin: ownOrigin() },
      { as: 'member', channelId: playground.discord.ids.channelId, name: 'reload', options: {} },
    );
    expect(sent.status).toBe(422);
    expect(((await sent.json()) as { error: string }).error).toMatch(/You do not have permission to use \/reload/u);
    await box().fill('');
    await page.locator('input[name="persona"][value="manager"]').check();
    await pickCommand('reload');
    await page.keyboard.press('Enter');
    // A reload builds the corpus and index in a worker: seconds on a busy machine, not the poll's default second.
    await expect.poll(() => last().innerText(), { timeout: RELOAD_MS }).toMatch(/Reloaded: \d+ documents, \d+ passages/u);
    await shot('reload');
  });

  it('in a channel outside ALLOWED_CHANNEL_IDS a /quote stays private and offers no Share', async () => {
    await page.locator('.channel[data-channel="off-topic"]').click();
    await runTyped('quote', 'id-or-words', 'rajavi-haboush-tapes:3');
    const quoted = last();
    await quoted.locator('verbatim-command[command="/quote"]').waitFor();
    expect(await quoted.getAttribute('ephemeral')).not.toBeNull();
    expect(await quoted.locator('discord-button').allInnerTexts()).toEqual(['Context', 'Cite']);
    await shot('off-topic');
  });

  it('refuses /api requests that do not come from the page itself', async () => {
    const post = { as: 'member', channelId: playground.discord.ids.channelId, content: 'posted by another site' };
    expect((await apiCall('/api/post', { origin: 'http://evil.example' }, post)).status).toBe(403);
    expect((await apiCall('/api/post', { 'sec-fetch-site': 'cross-site' }, post)).status).toBe(403);
    expect((await apiCall('/api/state', { origin: 'http://evil.example' })).status).toBe(403);
    expect((await apiCall('/api/state', { origin: ownOrigin(), 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect(await page.locator('discord-message', { hasText: 'posted by another site' }).count()).toBe(0);
  });

  it('loads nothing from outside the playground, and nothing it asked for failed', () => {
    expect(requested.filter((url) => !url.startsWith(playground.url) && !url.startsWith('data:'))).toEqual([]);
    expect(failed).toEqual([]);
  });
});
