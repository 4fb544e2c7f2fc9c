import { expect, type Page } from '@playwright/test';
import { V1_WORKSPACE } from './seed';

const fixture = JSON.parse(V1_WORKSPACE) as { state: unknown };

/** A backup file of the v1 fixture, as the app itself would write it. */
export function fixtureBackup(): { name: string; mimeType: string; buffer: Buffer } {
  const text = JSON.stringify({
    format: 'servicetjek-backup',
    formatVersion: 1,
    exportedAt: '2025-03-12T10:00:00.000Z',
    data: fixture.state,
  });
  return {
    name: 'servicetjek-backup-2025-03-12.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  };
}

/** Load the fixture on /data through the import form, merging into what is there. */
export async function importFixture(page: Page) {
  await page.getByLabel('Vælg en sikkerhedskopi (.json)').setInputFiles(fixtureBackup());
  await page.getByRole('button', { name: 'Indlæs', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Indlæs sikkerhedskopi' }).getByRole('status')).toHaveText(
    /^Filen er flettet ind\./,
  );
}
