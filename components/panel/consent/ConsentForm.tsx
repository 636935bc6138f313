import { useEffect, useRef, useState } from 'preact/hooks';
import { ConfirmButton } from '@/components/common/ConfirmButton';
import { SectorIcon } from '@/components/common/SectorBadge';
import { today } from '@/components/common/format';
import { useT } from '@/components/common/i18n';
import { useSend } from '@/components/common/messaging';
import { ConsentInput, type ConsentBasis } from '@/lib/consent/consent';
import type { MessageKey } from '@/lib/i18n';
import { SECTORS, type Sector } from '@/lib/model';

interface Props {
  people: { cpr: string; name: string }[];
  userSector: Sector;
  onDone: () => void;
}

const FIELD_ERRORS: Record<string, MessageKey> = {
  sectors: 'consent.err.sectors',
  givenAt: 'consent.err.givenAt',
  givenBy: 'consent.err.givenBy',
  expires: 'consent.err.expires',
  legalBasisRef: 'consent.err.legalBasisRef',
};

/** Registers a written consent (scope, date, given by, expiry) or another legal basis with its reference. */
export function ConsentForm({ people, userSector, onDone }: Props) {
  const t = useT();
  const send = useSend();
  const others = SECTORS.filter((s) => s !== userSector);
  const [cpr, setCpr] = useState(people[0]?.cpr ?? '');
  const [basis, setBasis] = useState<ConsentBasis>('consent');
  const [sectors, setSectors] = useState<Set<Sector>>(new Set(others));
  const [givenAt, setGivenAt] = useState(today());
  const [givenBy, setGivenBy] = useState(people[0]?.name ?? '');
  const [expires, setExpires] = useState('');
  const [ref, setRef] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // The form opens at the foot of the panel: bring it into view and put the keyboard in its first field.
  useEffect(() => {
    formRef.current?.scrollIntoView({ block: 'nearest' });
    formRef.current?.querySelector<HTMLElement>('input, select')?.focus({ preventScroll: true });
  }, []);

  const submit = async () => {
    const input = {
      cpr,
      basis,
      sectors: [...sectors],
      givenAt,
      givenBy,
      ...(expires ? { expires } : {}),
      ...(basis === 'other' ? { legalBasisRef: ref } : {}),
      ...(note.trim() ? { note } : {}),
    };
    const parsed = ConsentInput.safeParse(input);
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'form');
        next[field] = t(FIELD_ERRORS[field] ?? 'consent.err.form');
      }
      setErrors(next);
      return;
    }
    setErrors({});
    setBusy(true);
    const answer = (await send({ type: 'panel:consent-register', consent: parsed.data })) as { ok: boolean; error?: string } | undefined;
    setBusy(false);
    if (answer?.ok) onDone();
    else setErrors({ form: t('consent.error', { error: answer?.error ?? '' }) });
  };

  const err = (field: string) =>
    errors[field] ? (
      <span id={`consent-${field}-err`} class="form-error">
        {errors[field]}
      </span>
    ) : null;
  const described = (field: string) => (errors[field] ? { 'aria-invalid': true, 'aria-describedby': `consent-${field}-err` } : {});

  return (
    <form ref={formRef} class="consent-form" data-testid="consent-form" onSubmit={(e) => e.preventDefault()} aria-labelledby="consent-form-title">
      <h4 id="consent-form-title" class="consent-title">
        {t('consent.formTitle')}
      </h4>
      {people.length > 1 ? (
        <label class="field">
          <span>{t('consent.person')}</span>
          <select value={cpr} onChange={(e) => setCpr((e.target as HTMLSelectElement).value)}>
            {people.map((p) => (
              <option key={p.cpr} value={p.cpr}>
                {p.name || p.cpr.slice(0, 6)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <fieldset>
        <legend>{t('consent.basis')}</legend>
        <label class="check">
          <input type="radio" name="consent-basis" checked={basis === 'consent'} onChange={() => setBasis('consent')} />
          {t('consent.basisConsent')}
        </label>
        <label class="check">
          <input type="radio" name="consent-basis" checked={basis === 'other'} onChange={() => setBasis('other')} />
          {t('consent.basisOtherOption')}
        </label>
      </fieldset>
      {basis === 'other' ? (
        <label class="field">
          <span>{t('consent.ref')}</span>
          <input type="text" value={ref} maxLength={300} onInput={(e) => setRef((e.target as HTMLInputElement).value)} {...described('legalBasisRef')} />
          <span class="field-hint">{t('consent.refHint')}</span>
          {err('legalBasisRef')}
        </label>
      ) : null}
      <fieldset {...described('sectors')}>
        <legend>{t('consent.sectors')}</legend>
        {others.map((s) => (
          <label key={s} class="check">
            <input
              type="checkbox"
              checked={sectors.has(s)}
              onChange={() => {
                const next = new Set(sectors);
                if (next.has(s)) next.delete(s);
                else next.add(s);
                setSectors(next);
              }}
            />
            <SectorIcon sector={s} /> {t(`sector.${s}`)}
          </label>
        ))}
        {err('sectors')}
      </fieldset>
      <div class="form-row">
        <label class="field">
          <span>{t('consent.givenAt')}</span>
          <input type="date" value={givenAt} onInput={(e) => setGivenAt((e.target as HTMLInputElement).value)} required {...described('givenAt')} />
          {err('givenAt')}
        </label>
        <label class="field">
          <span>{t('consent.expiresLabel')}</span>
          <input type="date" value={expires} onInput={(e) => setExpires((e.target as HTMLInputElement).value)} {...described('expires')} />
          {err('expires')}
        </label>
      </div>
      <label class="field">
        <span>{t(basis === 'consent' ? 'consent.givenBy' : 'consent.recordedBy')}</span>
        <input type="text" value={givenBy} maxLength={200} onInput={(e) => setGivenBy((e.target as HTMLInputElement).value)} required {...described('givenBy')} />
        {err('givenBy')}
      </label>
      <label class="field">
        <span>{t('consent.note')}</span>
        <input type="text" value={note} maxLength={1000} onInput={(e) => setNote((e.target as HTMLInputElement).value)} />
      </label>
      {errors.form ? (
        <p class="form-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <div class="form-row">
        <ConfirmButton class="button-primary" data-testid="consent-save" disabled={busy} onConfirm={() => void submit()}>
          {t('consent.save')}
        </ConfirmButton>
        <button type="button" class="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
