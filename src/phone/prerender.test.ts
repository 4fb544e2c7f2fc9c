import { describe, expect, it } from 'vitest';
import { drawPhonePage } from './prerender';

describe('the phone page’s prerendered first drawing', () => {
  it('is the skema’s question and “connecting” in Danish, with the language switch', () => {
    const markup = drawPhonePage();
    expect(markup).toContain('<h1>Hvor har vi behov for et servicetjek?</h1>');
    expect(markup).toMatch(/<p role="status" class="phone-status"[^>]*>Forbinder til mødet …<\/p>/);
    expect(markup).toContain('lang="en">English</button>');
    expect(markup).not.toContain('<form');
  });
});
