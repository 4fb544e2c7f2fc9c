/** The schema version of the persisted workspace. Bump it only with a migration in `migrations.ts`. */
export const WORKSPACE_VERSION = 2;
export const WORKSPACE_KEY = 'servicetjek:workspace';
