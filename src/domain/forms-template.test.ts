import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '@/content/ids';
import { toolkitDa } from '@/content/da/toolkit';
import { toolkitEn } from '@/content/en/toolkit';
import { formsTemplate } from './forms-template';
import { parseScoreAnswer } from './score-answer';
import { themeOfHeader } from './score-table';

describe('formsTemplate', () => {
  it('words the question, the scale and the statements as the toolkit does', () => {
    expect(formsTemplate(toolkitDa)).toEqual({
      title: 'Vurderingsskema',
      question: 'Hvor har vi behov for et servicetjek?',
      subtitle: 'Scor temaerne mellem 1 og 5, hvor 1 er Slet ikke vigtigt, og 5 er Meget vigtigt',
      options: ['1 – Slet ikke vigtigt', '2', '3', '4', '5 – Meget vigtigt'],
      statements: [
        { themeId: 'sammenhaengskraft', text: 'Sammenhængskraft: Hvad er det vigtigt, at vi er sammen om?' },
        {
          themeId: 'fleksibilitet',
          text: 'Fleksibilitet: Hvor meget plads skal der være til individuelle behov?',
        },
        {
          themeId: 'tilgaengelighed',
          text: 'Tilgængelighed: Hvordan sikrer vi den nødvendige koordinering?',
        },
        {
          themeId: 'fordybelse',
          text: 'Fordybelse: Hvordan undgår vi at skylle fordybelsen ud med badevandet?',
        },
        { themeId: 'tillid', text: 'Tillid: Er du rigtigt på arbejde, når du arbejder hjemmefra?' },
        {
          themeId: 'retfaerdighed',
          text: 'Retfærdighed: Hvem får adgang til goderne på den hybride arbejdsplads?',
        },
      ],
    });
  });

  it.each([
    ['da', toolkitDa],
    ['en', toolkitEn],
  ])(
    'makes a %s form the import reads as it is: every statement a theme, every option its score',
    (_l, toolkit) => {
      const template = formsTemplate(toolkit);
      expect(template.statements.map((statement) => themeOfHeader(statement.text))).toEqual([...THEME_IDS]);
      expect(template.options.map(parseScoreAnswer)).toEqual([1, 2, 3, 4, 5]);
    },
  );
});
