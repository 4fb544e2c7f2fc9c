import { describe, expect, it } from 'vitest';
import { buildAgenda } from './agenda';
import { buildInvitation, type InvitationInput } from './invitation';

const agenda = buildAgenda({
  runbookId: 'tillid',
  participants: 6,
  groups: 1,
  decisionMode: 'B',
  startTime: '09:00',
});

const base: InvitationInput = {
  heading: 'Invitation: Dialog om tillid',
  intro: ['Vi taler om tillid.', ''],
  facts: [
    { label: 'Tid', value: 'tirsdag 24. november 2026 (uge 48), kl. 09:00–09:59' },
    { label: 'Sted', value: '  Mødelokale 2 ' },
    { label: 'Tovholder', value: '   ' },
  ],
  programmeHeading: 'Program',
  agenda,
  steps: {
    welcome: { title: 'Velkomst' },
    reflection: {
      title: 'Individuel refleksion',
      questionSets: [{ questions: ['Hvad tænker du?', 'Hvad gør du?'] }],
    },
  },
  formatMinutes: (minutes) => `${minutes} min.`,
  closing: ['Vel mødt.'],
};

describe('buildInvitation', () => {
  it('puts heading, purpose, facts, programme and closing in paragraphs, in that order', () => {
    const text = buildInvitation(base);
    const blocks = text.split('\n\n');
    expect(blocks[0]).toBe('Invitation: Dialog om tillid');
    expect(blocks[1]).toBe('Vi taler om tillid.');
    expect(blocks[2]).toBe('Tid: tirsdag 24. november 2026 (uge 48), kl. 09:00–09:59\nSted: Mødelokale 2');
    expect(blocks[3]?.split('\n')[0]).toBe('Program');
    expect(blocks.at(-1)).toBe('Vel mødt.');
  });

  it('lists every step with clock times and length, and the questions under their step', () => {
    const lines = buildInvitation(base).split('\n');
    expect(lines).toContain('09:00–09:05  1. Velkomst (5 min.)');
    const reflection = lines.indexOf('09:05–09:10  2. Individuel refleksion (5 min.)');
    expect(lines.slice(reflection + 1, reflection + 3)).toEqual([
      '    – Hvad tænker du?',
      '    – Hvad gør du?',
    ]);
    expect(lines).toContain('09:49–09:59  6. (10 min.)');
  });

  it('heads each question set with its heading, and skips empty sets', () => {
    const text = buildInvitation({
      ...base,
      steps: {
        welcome: {
          title: 'Gruppearbejde',
          questionSets: [
            { heading: 'Tillid', questions: ['Q1'] },
            { heading: 'Fordybelse', questions: [] },
          ],
        },
      },
    });
    expect(text).toContain('09:00–09:05  1. Gruppearbejde (5 min.)\n    Tillid:\n    – Q1\n09:05');
    expect(text).not.toContain('Fordybelse');
  });

  it('leaves out the facts block when no fact has a value', () => {
    const text = buildInvitation({ ...base, facts: [{ label: 'Sted', value: '' }] });
    expect(text.split('\n\n')[2]?.startsWith('Program')).toBe(true);
  });
});
