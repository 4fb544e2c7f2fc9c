import fc from 'fast-check';
import i18next from 'i18next';
import workspaceV1 from '../../tests/fixtures/workspace-v1.json';
import { workspaceSchema } from '@/domain/entities/workspace';
import {
  backupFileName,
  createBackup,
  MAX_BACKUP_BYTES,
  parseBackup,
  type ParsedBackup,
  type Translate,
} from './backup';

const translator =
  (lng: 'da' | 'en'): Translate =>
  (key, options) =>
    i18next.t(key, { ns: 'data', lng, ...options });
const t = translator('da');
const tEn = translator('en');
const workspace = workspaceSchema.parse(workspaceV1.state);
const valid = () =>
  JSON.parse(createBackup(workspace, '2025-03-12T10:00:00.000Z')) as Record<string, unknown> & {
    data: Record<string, Record<string, unknown>[]>;
  };
const problems = (result: ParsedBackup) => (result.ok ? [] : result.problems);

describe('createBackup and parseBackup', () => {
  it('round-trips the whole workspace with its format marker', () => {
    const text = createBackup(workspace, '2025-03-12T10:00:00.000Z');
    expect(JSON.parse(text)).toMatchObject({ format: 'servicetjek-backup', formatVersion: 1 });
    expect(parseBackup(text, t)).toEqual({ ok: true, workspace, exportedAt: '2025-03-12T10:00:00.000Z' });
  });

  it('names the file after the date', () => {
    expect(backupFileName('2025-03-12')).toBe('servicetjek-backup-2025-03-12.json');
  });

  it.each([
    ['broken JSON', '{"format": "servicetjek-backup", ', 'Filen er ikke gyldig JSON'],
    ['another JSON file', '{"name": "package"}', 'ikke en sikkerhedskopi fra Servicetjek'],
    ['an array', '[1, 2]', 'ikke en sikkerhedskopi fra Servicetjek'],
    ['a newer format', '{"format":"servicetjek-backup","formatVersion":2,"data":{}}', 'nyere version'],
    ['a text version', '{"format":"servicetjek-backup","formatVersion":"1","data":{}}', 'formatversion'],
    ['no data', '{"format":"servicetjek-backup","formatVersion":1}', 'ingen data'],
  ])('explains %s in Danish', (_what, text, message) => {
    expect(problems(parseBackup(text, t))[0]?.message).toContain(message);
  });

  it.each([
    ['a replacement character', 'Hjemmeplejen N\uFFFDrd', 'tegn, der ikke kunne læses'],
    ['æ read as Windows-1252', 'Kantinen og cafÃ©en, Ã¦blehaven', 'æ, ø og å er ødelagt'],
    ['Ø read as Windows-1252', 'Ã˜konomi', 'æ, ø og å er ødelagt'],
  ])('refuses a file with %s before it lands', (_what, name, message) => {
    const file = valid();
    file.data.teams![0]!.name = name;
    expect(problems(parseBackup(JSON.stringify(file), t))[0]?.message).toContain(message);
  });

  it('still reads æ, ø, å and other letters as they are', () => {
    const file = valid();
    file.data.teams![0]!.name = 'Ældreplejen Ørestad, Åbyhøj – Łukasz, Ayşe, Ölçek';
    expect(parseBackup(JSON.stringify(file), t).ok).toBe(true);
  });

  it('gives very deep nesting its own message', () => {
    const depth = 200_000;
    const text = `{"format":"servicetjek-backup","formatVersion":1,"data":{"teams":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
    expect(problems(parseBackup(text, t))[0]?.message).toContain('indlejret alt for dybt');
  });

  it('refuses a file over the size limit before parsing it', () => {
    const huge = ' '.repeat(MAX_BACKUP_BYTES + 1);
    expect(problems(parseBackup(huge, t))[0]?.message).toContain('for stor');
  });

  it('says which record and which field is wrong', () => {
    const file = valid();
    delete file.data.meetings![1]!.date;
    file.data.teams![0]!.name = '';
    const result = problems(parseBackup(JSON.stringify(file), t));
    expect(result).toEqual([
      { path: 'teams[0].name', message: 'Team 1, felt »navn«: må ikke være tom' },
      { path: 'meetings[1].date', message: 'Møde 2, felt »dato«: mangler' },
    ]);
  });

  it('names the record by its own text, in English too', () => {
    const file = valid();
    file.data.experiments![0]!.startDate = 'soon';
    expect(problems(parseBackup(JSON.stringify(file), tEn))).toEqual([
      {
        path: 'experiments[0].startDate',
        message:
          'Experiment 1 (“Fast mødedag på kontoret om tirsdagen”), field “start date”: has the wrong format',
      },
    ]);
  });

  it('reports a duplicate id', () => {
    const file = valid();
    file.data.teams!.push(file.data.teams![0]!);
    expect(problems(parseBackup(JSON.stringify(file), t))[0]?.path).toBe('teams[2].id');
  });

  it('drops unknown fields and fills missing optional ones', () => {
    const file = valid();
    file.data.teams![0]!.colour = 'blue';
    delete file.data.meetings![1]!.place;
    file.extra = true;
    const result = parseBackup(JSON.stringify(file), t);
    expect(result.ok && result.workspace.teams[0]).toEqual(workspace.teams[0]);
    expect(result.ok && result.workspace.meetings[1]?.place).toBe('');
  });

  it('caps a flood of problems and says how many more there are', () => {
    const file = valid();
    file.data.teams = Array.from({ length: 80 }, (_, index) => ({ id: `t${index}` }));
    const result = problems(parseBackup(JSON.stringify(file), t));
    expect(result).toHaveLength(51);
    expect(result.at(-1)?.message).toMatch(/og \d+ problemer mere/);
  });
});

describe('parseBackup with arbitrary and hostile input', () => {
  const isWellFormed = (result: ParsedBackup) =>
    result.ok
      ? workspaceSchema.safeParse(result.workspace).success
      : result.problems.length > 0 &&
        result.problems.every((p) => typeof p.message === 'string' && p.message !== '');

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(isWellFormed(parseBackup(text, t))).toBe(true);
      }),
    );
  });

  it('never throws on any JSON value, inside or outside the envelope', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const bare = parseBackup(JSON.stringify(value), t);
        const wrapped = parseBackup(
          JSON.stringify({ format: 'servicetjek-backup', formatVersion: 1, data: value }),
          t,
        );
        expect(isWellFormed(bare) && isWellFormed(wrapped)).toBe(true);
      }),
    );
  });

  it('never throws when records are replaced by arbitrary values', () => {
    const collection = fc.constantFrom('teams', 'meetings', 'proposals', 'experiments', 'assessments');
    fc.assert(
      fc.property(collection, fc.array(fc.jsonValue(), { maxLength: 5 }), (key, records) => {
        const file = valid();
        file.data[key] = records as Record<string, unknown>[];
        expect(isWellFormed(parseBackup(JSON.stringify(file), t))).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('keeps hostile text as inert text, exactly as written', () => {
    const hostile = fc.oneof(
      fc.constantFrom(
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        '{{constructor}}',
        '"; DROP TABLE',
      ),
      fc.string({ unit: 'binary', maxLength: 200 }).filter((s) => s.trim().length > 0),
    );
    fc.assert(
      fc.property(hostile, (name) => {
        const file = valid();
        file.data.teams![0]!.name = name;
        const result = parseBackup(JSON.stringify(file), t);
        expect(result.ok && result.workspace.teams[0]?.name).toBe(name);
      }),
      { numRuns: 40 },
    );
  });

  it('never lets a "__proto__" key become a prototype', () => {
    const file = JSON.stringify(valid()).replace('"notes":{', '"notes":{"__proto__":{"polluted":true},');
    const withRoot = file.replace('{"format"', '{"__proto__":{"polluted":true},"format"');
    const result = parseBackup(withRoot, t);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok && Object.getPrototypeOf(result.workspace.meetings[0]?.notes)).toBe(Object.prototype);
  });

  it('reports an overlong text as too long instead of storing it', () => {
    const file = valid();
    file.data.teams![0]!.name = 'x'.repeat(100_000);
    expect(problems(parseBackup(JSON.stringify(file), t))[0]?.message).toContain('for lang');
  });
});
