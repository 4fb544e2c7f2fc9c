import { describe, expect, it } from 'vitest';
import type { Experiment } from '@/domain/entities/experiment';
import { buildExperimentCalendar, type CalendarText } from './calendar';

// A small RFC 5545 reader written for this test (no parser package): unfold continuation lines,
// split properties from parameters and unescape text values.
function parseIcs(source: string) {
  const lines = source
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  const events: Record<string, string>[] = [];
  const calendar: Record<string, string> = {};
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    const colon = line.indexOf(':');
    const [name = '', ...params] = line.slice(0, colon).split(';');
    const value = line
      .slice(colon + 1)
      .replace(/\\n/gi, '\n')
      .replace(/\\([,;\\])/g, '$1');
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else (current ?? calendar)[name] = params.length ? `${params.join(';')}|${value}` : value;
  }
  return { calendar, events, lines };
}

const experiment: Experiment = {
  id: 'exp-1',
  teamId: 't1',
  meetingId: null,
  proposalId: null,
  themeIds: ['fordybelse'],
  hvad: 'Stille formiddage; tirsdag og torsdag, kl. 9–12',
  hvorfor: 'Mere ro til fordybelse',
  hvordan: '',
  hvem: 'Åse og Søren',
  startDate: '2026-11-30',
  baselineScore: null,
  checkIns: [],
  adjustments: [],
  decision: null,
  createdAt: '2026-11-20T10:00:00.000Z',
};

const text: CalendarText = {
  calendarName: 'Servicetjek – forsøg',
  titles: {
    checkIn2: 'Stop op efter 2 uger: Stille formiddage',
    checkIn4: 'Stop op efter 4 uger: Stille formiddage',
    decision: 'Beslutning efter 6 uger: Stille formiddage',
  },
  questions: ['Hvad har vi lært?', 'Hvad skal vi fortsætte med?', 'Hvad skal vi justere?'],
  decisionQuestion: 'Skal forsøget gøres permanent, justeres og forlænges eller stoppes?',
  experimentLines: [`Hvad? ${experiment.hvad}`, `Hvorfor? ${experiment.hvorfor}`, `Hvem? ${experiment.hvem}`],
};

describe('buildExperimentCalendar', () => {
  const source = buildExperimentCalendar(experiment, text, Date.UTC(2026, 10, 22, 9, 0, 0));
  const { calendar, events, lines } = parseIcs(source);

  // A fold never splits a character: the unfolded text in the tests below comes back whole.
  it('is a publishable iCalendar with CRLF lines folded at 75 octets, also with æ, ø and å', () => {
    expect(calendar).toMatchObject({ BEGIN: 'VCALENDAR', VERSION: '2.0', METHOD: 'PUBLISH' });
    expect(calendar['X-WR-CALNAME']).toBe('Servicetjek – forsøg');
    const long = buildExperimentCalendar(
      { ...experiment, hvem: 'Åse, Søren, Bjørn, Ærø, Øjvind og Åge – æøå'.repeat(6) },
      { ...text, experimentLines: [`Hvem? ${'Åse, Søren, Bjørn, Ærø, Øjvind og Åge – æøå'.repeat(6)}`] },
      0,
    );
    for (const raw of [...source.split('\r\n'), ...long.split('\r\n')]) {
      expect(new TextEncoder().encode(raw).length).toBeLessThanOrEqual(75);
    }
    expect(parseIcs(long).events[0]?.DESCRIPTION).toContain(
      'Åse, Søren, Bjørn, Ærø, Øjvind og Åge – æøå'.repeat(6),
    );
    expect(lines.at(-1)).toBe('END:VCALENDAR');
  });

  it('drops a lone CR, NUL and other control characters from the text', () => {
    const dirty = buildExperimentCalendar(
      experiment,
      { ...text, experimentLines: ['Hvad?\r Ro\u0000 og\u0007 fred\r\nnæste'] },
      0,
    );
    expect(dirty).not.toContain('\u0000');
    expect(dirty).not.toContain('\u0007');
    expect(dirty.replace(/\r\n/g, '')).not.toContain('\r');
    expect(parseIcs(dirty).events[0]?.DESCRIPTION).toContain('Hvad? Ro og fred\nnæste');
  });

  it('has the two check-ins and the decision as all-day events across the year end', () => {
    expect(events.map((e) => [e.SUMMARY, e.DTSTART, e.DTEND])).toEqual([
      [text.titles.checkIn2, 'VALUE=DATE|20261214', 'VALUE=DATE|20261215'],
      [text.titles.checkIn4, 'VALUE=DATE|20261228', 'VALUE=DATE|20261229'],
      [text.titles.decision, 'VALUE=DATE|20270111', 'VALUE=DATE|20270112'],
    ]);
  });

  it('describes each event with its questions and the experiment in Danish letters', () => {
    const [two, , decision] = events;
    expect(two?.DESCRIPTION).toBe([...text.questions, '', ...text.experimentLines].join('\n'));
    expect(decision?.DESCRIPTION).toContain(text.decisionQuestion);
    expect(decision?.DESCRIPTION).toContain('Hvem? Åse og Søren');
    expect(decision?.DESCRIPTION).toContain('Stille formiddage; tirsdag og torsdag, kl. 9–12');
  });

  it('gives every event a stable id and a time stamp', () => {
    expect(events.map((e) => e.UID)).toEqual([
      'exp-1-checkIn2@servicetjek',
      'exp-1-checkIn4@servicetjek',
      'exp-1-decision@servicetjek',
    ]);
    expect(events.every((e) => e.DTSTAMP === '20261122T090000Z')).toBe(true);
  });
});
