import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/field';
import { ProposalTextField } from '@/components/proposal-text-field';
import { isThemeId, type ThemeId } from '@/content/ids';
import type { Meeting } from '@/domain/entities/meeting';
import { PROPOSAL_TEXT_MAX, type Proposal } from '@/domain/entities/proposal';
import { useWorkspace } from '@/state/workspace-store';

interface ProposalCaptureProps {
  meeting: Meeting;
  onAnnounce: (message: string) => void;
}

function ProposalItem({ proposal, number }: { proposal: Proposal; number: number }) {
  const { t } = useTranslation('meetingRun');
  const { t: tc } = useTranslation();
  const updateProposal = useWorkspace((s) => s.updateProposal);
  const [draft, setDraft] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    setDraft(null);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  if (draft !== null) {
    const save = (event: FormEvent) => {
      event.preventDefault();
      if (draft.trim()) updateProposal(proposal.id, { text: draft });
      close();
    };
    return (
      <li className="proposal-item">
        <form className="proposal-edit" onSubmit={save}>
          <label className="visually-hidden" htmlFor={`edit-${proposal.id}`}>
            {t('proposals.editLabel', { number })}
          </label>
          <input
            id={`edit-${proposal.id}`}
            type="text"
            value={draft}
            maxLength={PROPOSAL_TEXT_MAX}
            // The edit field opens on the user's own click, so moving focus into it is expected.
            // eslint-disable-next-line jsx-a11y/no-autofocus
            autoFocus
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') close();
            }}
          />
          <button type="submit" className="button button-small">
            {t('proposals.save')}
          </button>
          <button type="button" className="button button-secondary button-small" onClick={close}>
            {t('proposals.cancel')}
          </button>
        </form>
      </li>
    );
  }
  return (
    <li className="proposal-item">
      <span className="proposal-text">{proposal.text}</span>
      {proposal.themeId ? (
        <span className="proposal-theme">{tc(`themeNames.${proposal.themeId}`)}</span>
      ) : null}
      <button
        ref={editButton}
        type="button"
        className="button button-secondary button-small"
        aria-label={t('proposals.edit', { number })}
        onClick={() => setDraft(proposal.text)}
      >
        {tc('actions.edit')}
      </button>
    </li>
  );
}

/** Proposals written down as they are said: Enter adds one and leaves the field ready for the next. */
export function ProposalCapture({ meeting, onAnnounce }: ProposalCaptureProps) {
  const { t } = useTranslation('meetingRun');
  const { t: tc } = useTranslation();
  const addProposal = useWorkspace((s) => s.addProposal);
  const allProposals = useWorkspace((s) => s.proposals);
  const proposals = useMemo(
    () => allProposals.filter((p) => p.meetingId === meeting.id).sort((a, b) => a.rank - b.rank),
    [allProposals, meeting.id],
  );
  const themes =
    meeting.themeIds.length > 0 ? meeting.themeIds : isThemeId(meeting.runbookId) ? [meeting.runbookId] : [];
  const [text, setText] = useState('');
  const [themeId, setThemeId] = useState<ThemeId | ''>(themes[0] ?? '');
  const [error, setError] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const ids = { heading: useId() };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) {
      setError(true);
      input.current?.focus();
      return;
    }
    addProposal({ teamId: meeting.teamId, meetingId: meeting.id, text: trimmed, themeId: themeId || null });
    setText('');
    setError(false);
    onAnnounce(t('proposals.added', { text: trimmed }));
    input.current?.focus();
  };

  return (
    <section className="proposal-capture card" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>{t('proposals.heading')}</h3>
      <form className="proposal-form" onSubmit={submit} noValidate>
        <ProposalTextField
          className="proposal-field"
          label={t('proposals.newLabel')}
          hint={t('proposals.hint')}
          error={error ? t('proposals.required') : null}
          value={text}
          onChange={(value) => {
            setText(value);
            if (value.trim()) setError(false);
          }}
          inputRef={input}
        />
        {themes.length > 1 ? (
          <Field label={t('proposals.theme')}>
            {(props) => (
              <select
                {...props}
                value={themeId}
                onChange={(event) => setThemeId(isThemeId(event.target.value) ? event.target.value : '')}
              >
                {themes.map((id) => (
                  <option key={id} value={id}>
                    {tc(`themeNames.${id}`)}
                  </option>
                ))}
                <option value="">{t('proposals.noTheme')}</option>
              </select>
            )}
          </Field>
        ) : null}
        <button type="submit" className="button">
          {t('proposals.add')}
        </button>
      </form>
      <p className="muted">{t('proposals.count', { count: proposals.length })}</p>
      {proposals.length > 0 ? (
        <ol className="proposal-list">
          {proposals.map((proposal, index) => (
            <ProposalItem key={proposal.id} proposal={proposal} number={index + 1} />
          ))}
        </ol>
      ) : (
        <p className="muted">{t('proposals.empty')}</p>
      )}
    </section>
  );
}
