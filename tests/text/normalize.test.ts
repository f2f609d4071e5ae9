// The one folding of names and titles as people type them, shared by filters, lookups and suggestions.
import { describe, expect, it } from 'vitest';
import { foldLabel as label } from '../../src/text/normalize.js';

describe('label', () => {
  it('ignores case, accents, quote and dash styles and spacing', () => {
    expect(label('  MEK’s  Alliance — “Café” ')).toBe(label("mek's alliance - \"cafe\""));
  });

  it('keeps different words apart', () => {
    expect(label('Rajavi')).not.toBe(label('Rajavis'));
  });
});
