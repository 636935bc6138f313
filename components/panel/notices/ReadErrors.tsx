import { useT } from '@/components/common/i18n';
import type { ReadError } from '@/lib/model';
import './ReadErrors.css';

/** A page the adapter could not fully read says so plainly: which field, which record, which system. */
export function ReadErrors({ errors }: { errors: ReadError[] }) {
  const t = useT();
  if (!errors.length) return null;
  return (
    <section class="read-errors" role="alert" data-testid="read-errors">
      <h2>{t('readErrors.title')}</h2>
      <ul>
        {errors.slice(0, 10).map((e, i) => (
          <li key={i}>{t('readErrors.item', { field: e.field, recordKind: e.recordKind, record: e.record ?? '', system: e.system, message: e.message })}</li>
        ))}
      </ul>
    </section>
  );
}
