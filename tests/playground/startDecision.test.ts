// When `npm start` may open the playground, and the refusal that keeps it out of production.
import { describe, expect, it } from 'vitest';
import { missingTokenWarning, playgroundWanted, productionRefusal } from '../../src/playground/startDecision.js';
import { startPlayground } from '../../src/playground/startPlayground.js';

describe('playgroundWanted', () => {
  it('opens the playground only without a token and outside production', () => {
    expect(playgroundWanted({})).toBe(true);
    expect(playgroundWanted({ DISCORD_TOKEN: '  ' })).toBe(true);
    expect(playgroundWanted({ DISCORD_TOKEN: 'abc.def.ghi' })).toBe(false);
    expect(playgroundWanted({ NODE_ENV: 'production' })).toBe(false);
    expect(playgroundWanted({ NODE_ENV: ' Production ' })).toBe(false);
    expect(playgroundWanted({ NODE_ENV: 'development' })).toBe(true);
  });
});

describe('productionRefusal', () => {
  it('names NODE_ENV=production and what to set instead', () => {
    expect(productionRefusal({ NODE_ENV: 'production' })).toMatch(/NODE_ENV=production.*DISCORD_TOKEN/u);
    expect(productionRefusal({ NODE_ENV: 'test' })).toBeUndefined();
  });

  it('makes startPlayground refuse before starting anything', async () => {
    await expect(startPlayground({ env: { NODE_ENV: 'production' }, port: 0, stopOnSignals: false })).rejects.toThrow(
      /NODE_ENV=production/u,
    );
  });
});

describe('missingTokenWarning', () => {
  it('warns when settings meant for Discord are there without a token, naming them and not their values', () => {
    expect(missingTokenWarning({})).toBeUndefined();
    expect(missingTokenWarning({ PLAYGROUND_PORT: '0' })).toBeUndefined();
    const warning = missingTokenWarning({ DISCORD_CLIENT_ID: '123456789012345678', DISCORD_TOKN: 'secret-value' });
    expect(warning).toMatch(/^DISCORD_CLIENT_ID is set but DISCORD_TOKEN is not: opening the playground/u);
    expect(warning).not.toContain('123456789012345678');
  });
});
