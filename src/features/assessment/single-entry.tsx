import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { THEME_IDS, type Score, type ThemeId } from '@/content/ids';
import type { AssessmentRound } from '@/domain/entities/assessment';
import { useUndo } from '@/state/undo-store';
import { useWorkspace } from '@/state/workspace-store';
import { Field } from '@/components/field';
import { Announcer } from '@/components/announcer';
import { ResponseTable } from './response-table';
import { ScoreSheet } from './score-sheet';

/**
 * One participant at a time. Every click is saved at once (a reload loses nothing); "Næste deltager"
 * only clears the sheet. Earlier answers are hidden by default so nobody is swayed.
 */
export function SingleEntry({ round }: { round: AssessmentRound }) {
  const { t } = useTranslation('assessment');
  const { t: tl } = useTranslation('live');
  const addResponse = useWorkspace((s) => s.addResponse);
  const updateResponse = useWorkspace((s) => s.updateResponse);
  const deleteResponse = useWorkspace((s) => s.deleteResponse);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [hideEarlier, setHideEarlier] = useState(true);
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const nameId = useId();
  const hideId = useId();

  // Numbered among the answers typed here; answers from phones are counted apart (see ResponseTable).
  const typed = round.responses.filter((r) => r.source !== 'live');
  const fromPhones = round.responses.length - typed.length;
  const currentIndex = typed.findIndex((r) => r.id === currentId);
  const current = currentIndex >= 0 ? typed[currentIndex] : undefined;
  const number = current ? currentIndex + 1 : typed.length + 1;
  const missing = current ? THEME_IDS.filter((id) => current.scores[id] === undefined).length : 0;

  function ensureResponse(): string {
    if (current) return current.id;
    const id = addResponse(round.id, { scores: {} });
    setCurrentId(id);
    setAnnouncement(t('single.started', { number }));
    return id;
  }

  function score(themeId: ThemeId, value: Score) {
    const id = ensureResponse();
    const scores = current?.scores ?? {};
    updateResponse(round.id, id, { scores: { ...scores, [themeId]: value } });
  }

  function next() {
    setAnnouncement(t('single.saved', { number }));
    setCurrentId(null);
    setEditing(false);
    heading.current?.focus();
  }

  function edit(id: string) {
    setCurrentId(id);
    setEditing(true);
    heading.current?.focus();
  }

  function remove(id: string, position: number) {
    if (id === currentId) {
      setCurrentId(null);
      setEditing(false);
    }
    const restore = deleteResponse(round.id, id);
    useUndo.getState().offerUndo(t('single.deleted', { number: position }), restore);
  }

  const earlier = typed.filter((r) => r.id !== currentId);

  return (
    <div className="single-entry">
      <section className="card single-entry-form" aria-labelledby={`${nameId}-heading`}>
        <h3 id={`${nameId}-heading`} ref={heading} tabIndex={-1}>
          {editing ? t('single.editing', { number }) : t('single.heading', { number })}
        </h3>
        <Field
          id={nameId}
          label={t('single.name')}
          hint={`${t('single.nameHint')} ${t('single.savedAsTyped')}`}
          hintPlacement="below"
        >
          {(props) => (
            <input
              {...props}
              type="text"
              maxLength={200}
              autoComplete="off"
              value={current?.name ?? ''}
              onChange={(event) => updateResponse(round.id, ensureResponse(), { name: event.target.value })}
            />
          )}
        </Field>
        <ScoreSheet scores={current?.scores ?? {}} onScore={score} />
        {missing > 0 ? <p className="muted">{t('single.missing', { count: missing })}</p> : null}
        <div className="page-actions">
          <button type="button" className="button" onClick={next} disabled={!current}>
            {editing ? t('single.done') : t('single.next')}
          </button>
        </div>
        <Announcer message={announcement} />
      </section>
      <section className="single-entry-earlier">
        <h3>{t('single.listHeading')}</h3>
        <div className="checkbox-field">
          <input
            id={hideId}
            type="checkbox"
            checked={hideEarlier}
            onChange={(event) => setHideEarlier(event.target.checked)}
          />
          <label htmlFor={hideId}>{t('single.hideEarlier')}</label>
        </div>
        {hideEarlier ? (
          <p className="muted">{t('single.hidden', { count: earlier.length })}</p>
        ) : (
          <ResponseTable round={round} excludeId={currentId} onEdit={edit} onDelete={remove} />
        )}
        {fromPhones > 0 ? <p className="muted">{tl('listNote', { count: fromPhones })}</p> : null}
      </section>
    </div>
  );
}
