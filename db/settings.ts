import type { Db } from './open';

/** One stored setting's value, or null when it was never set. */
export function readSetting(db: Db, key: string): string | null {
  const row = db.prepare('SELECT value FROM app_settings WHERE key = @key').get({ key }) as
    { value: string } | undefined;
  return row?.value ?? null;
}

/** Sets a setting, or removes it with null. */
export function writeSetting(db: Db, key: string, value: string | null): void {
  if (value === null) db.prepare('DELETE FROM app_settings WHERE key = @key').run({ key });
  else
    db.prepare(
      'INSERT INTO app_settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ).run({ key, value });
}
