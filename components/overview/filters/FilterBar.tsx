import { useState } from 'preact/hooks';
import { useT } from '@/components/common/i18n';
import type { MessageKey } from '@/lib/i18n';
import { FLAG_RULES, SECTORS, type FlagRule, type Sector } from '@/lib/model';
import type { UnitOption } from '@/lib/overview/prepare';
import type { Filters } from '@/lib/overview/select';
import './FilterBar.css';

interface Props {
  filters: Filters;
  units: UnitOption[];
  /** Unit, sector and period are facts of the records: those filters wait until all records are read. */
  complete: boolean;
  onChange: (next: Filters) => void;
  /** A search is applied on submit, not per keystroke: each search is one entry in the access log. */
  onSearch: (query: string) => void;
}

const without = <K extends keyof Filters>(f: Filters, key: K, value: Filters[K] | '') => {
  const next = { ...f };
  if (value === '' || value === undefined) delete next[key];
  else next[key] = value;
  return next;
};

export function FilterBar({ filters, units, complete, onChange, onSearch }: Props) {
  const t = useT();
  const [query, setQuery] = useState(filters.query ?? '');
  const submit = (e: Event) => {
    e.preventDefault();
    onSearch(query.trim());
  };
  return (
    <div class="filters">
      <form role="search" class="search" onSubmit={submit}>
        <label for="overview-search">{t('overview.search.label')}</label>
        <input id="overview-search" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} placeholder={t('overview.search.placeholder')} autoComplete="off" />
        <button type="submit">{t('overview.search.submit')}</button>
        {filters.query && (
          <button
            type="button"
            class="link-button"
            onClick={() => {
              setQuery('');
              onSearch('');
            }}
          >
            {t('overview.search.clear')}
          </button>
        )}
      </form>
      <fieldset class="filter-fields">
        <legend>{t('overview.filters.legend')}</legend>
        <label>
          {t('overview.filters.status')}
          <select value={filters.status} onChange={(e) => onChange({ ...filters, status: e.currentTarget.value as Filters['status'] })} data-testid="filter-status">
            <option value="open">{t('overview.filters.status.open')}</option>
            <option value="all">{t('overview.filters.status.all')}</option>
          </select>
        </label>
        <label>
          {t('overview.filters.rule')}
          <select value={filters.rule ?? ''} onChange={(e) => onChange(without(filters, 'rule', e.currentTarget.value as FlagRule | ''))} data-testid="filter-rule">
            <option value="">{t('overview.filters.any')}</option>
            {FLAG_RULES.map((r) => (
              <option key={r} value={r}>
                {t(`overview.rule.${r}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('overview.filters.sector')}
          <select value={filters.sector ?? ''} onChange={(e) => onChange(without(filters, 'sector', e.currentTarget.value as Sector | ''))} disabled={!complete} data-testid="filter-sector">
            <option value="">{t('overview.filters.any')}</option>
            {SECTORS.map((s) => (
              <option key={s} value={s}>
                {t(`sector.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('overview.filters.unit')}
          <select value={filters.unit ?? ''} onChange={(e) => onChange(without(filters, 'unit', e.currentTarget.value))} disabled={!complete} data-testid="filter-unit">
            <option value="">{t('overview.filters.any')}</option>
            {SECTORS.map((s) => {
              const own = units.filter((u) => u.sector === s);
              return own.length ? (
                <optgroup key={s} label={t(`sector.${s}`)}>
                  {own.map((u) => (
                    <option key={u.key} value={u.key}>
                      {u.label}
                    </option>
                  ))}
                </optgroup>
              ) : null;
            })}
          </select>
        </label>
        <label>
          {t('overview.filters.from')}
          <input type="month" value={filters.from ?? ''} onChange={(e) => onChange(without(filters, 'from', e.currentTarget.value))} disabled={!complete} data-testid="filter-from" />
        </label>
        <label>
          {t('overview.filters.to')}
          <input type="month" value={filters.to ?? ''} onChange={(e) => onChange(without(filters, 'to', e.currentTarget.value))} disabled={!complete} data-testid="filter-to" />
        </label>
        {!complete && <p class="help filter-wait">{t('overview.waitForRecords')}</p>}
        <button type="button" class="link-button" onClick={() => onChange({ status: 'open', ...(filters.query ? { query: filters.query } : {}) })}>
          {t('overview.filters.reset')}
        </button>
      </fieldset>
    </div>
  );
}
