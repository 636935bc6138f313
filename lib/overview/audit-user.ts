import type { Settings } from '../model';

/** The name the access log shows for this browser's user: as configured in the options, with the unit. */
export function auditUser(settings: Pick<Settings, 'userName' | 'userUnit'>): string {
  const name = settings.userName.trim() || 'ukendt bruger';
  const unit = settings.userUnit.trim();
  return unit ? `${name}, ${unit}` : name;
}
