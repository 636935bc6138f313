import type { ComponentChildren } from 'preact';
import { useT } from './i18n';
import { usePref } from './prefs';
import './Section.css';

interface Props {
  id: string;
  title: string;
  /** Shown next to the title also when the section is closed, e.g. "3 åbne". */
  summary?: string;
  children: ComponentChildren;
  actions?: ComponentChildren;
}

/** A panel area with a heading that opens and closes it (disclosure pattern); the state is remembered. */
export function Section({ id, title, summary, children, actions }: Props) {
  const t = useT();
  const [closed, setClosed] = usePref(`section:${id}:closed`, false);
  const open = !closed;
  const toggle = () => setClosed(open);
  const bodyId = `${id}-body`;
  return (
    <section class="section" aria-labelledby={`${id}-heading`} data-testid={`section-${id}`}>
      <div class="section-head">
        <h2 id={`${id}-heading`} class="section-title">
          <button type="button" class="section-toggle" aria-expanded={open} aria-controls={bodyId} onClick={toggle}>
            <span aria-hidden="true" class="section-chevron">
              {open ? '▾' : '▸'}
            </span>
            <span>{title}</span>
            {summary ? <span class="section-summary"> ({summary})</span> : null}
            <span class="sr-only">{open ? t('section.close') : t('section.open')}</span>
          </button>
        </h2>
        {actions ? <div class="section-actions">{actions}</div> : null}
      </div>
      <div id={bodyId} class="section-body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
