import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Link, Route, Router, Switch, useSearch } from 'wouter';
import { navigateHash, useHashLocation } from './hash-location';

function Planner() {
  return <p>{`planner ${new URLSearchParams(useSearch()).get('runbook') ?? 'none'}`}</p>;
}

function App() {
  return (
    <Router hook={useHashLocation}>
      <Link href="/moede/ny?runbook=tillid">go</Link>
      <Switch>
        <Route path="/moede/ny" component={Planner} />
        <Route path="/moede/:id">{(params) => <p>{`meeting ${params.id}`}</p>}</Route>
        <Route>home</Route>
      </Switch>
    </Router>
  );
}

describe('useHashLocation', () => {
  afterEach(() => {
    history.replaceState(null, '', '/');
  });

  it('matches a deep link whose hash carries a query, and reads the query', () => {
    history.replaceState(null, '', '/#/moede/ny?runbook=fordybelse');
    render(<App />);
    expect(screen.getByText('planner fordybelse')).toBeInTheDocument();
  });

  it('keeps the query of a link in the hash, and drops it on the next screen', async () => {
    render(<App />);
    expect(screen.getByRole('link', { name: 'go' })).toHaveAttribute('href', '#/moede/ny?runbook=tillid');
    await userEvent.click(screen.getByRole('link', { name: 'go' }));
    expect(location.hash).toBe('#/moede/ny?runbook=tillid');
    expect(location.search).toBe('');
    expect(screen.getByText('planner tillid')).toBeInTheDocument();
    act(() => navigateHash('/moede/abc'));
    expect(screen.getByText('meeting abc')).toBeInTheDocument();
    expect(location.hash).toBe('#/moede/abc');
  });
});
