import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { Page } from './page';

/** A screen whose heading is the text being edited, as on an experiment's own page. */
function EditableTitle() {
  const [title, setTitle] = useState('Stille');
  return (
    <Page title={title}>
      <label>
        Hvad?
        <input value={title} onChange={(event) => setTitle(event.target.value)} />
      </label>
    </Page>
  );
}

describe('Page', () => {
  it('keeps every key and the focus while the heading follows the typed text', async () => {
    const user = userEvent.setup();
    render(
      <Router hook={memoryLocation({ path: '/handleplan/forsoeg/x' }).hook}>
        <EditableTitle />
      </Router>,
    );
    const field = screen.getByRole('textbox', { name: 'Hvad?' });
    await user.click(field);
    for (const key of ' formiddag') {
      await user.keyboard(key === ' ' ? '[Space]' : key);
      expect(field).toHaveFocus();
    }
    expect(field).toHaveValue('Stille formiddag');
    expect(screen.getByRole('heading', { level: 1, name: 'Stille formiddag' })).toBeInTheDocument();
  });

  it('moves the focus to the heading when the route changes', async () => {
    const user = userEvent.setup();
    const location = memoryLocation({ path: '/a' });
    render(
      <Router hook={location.hook}>
        <EditableTitle />
      </Router>,
    );
    await user.click(screen.getByRole('textbox', { name: 'Hvad?' }));
    act(() => location.navigate('/b'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });
});
