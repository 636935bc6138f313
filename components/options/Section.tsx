import type { ComponentChildren } from 'preact';

/** One titled part of the options page; the heading labels the region for screen-reader navigation. */
export function OptionsSection({ id, title, children, intro }: { id: string; title: string; intro?: string; children: ComponentChildren }) {
  return (
    <section class="options-section" aria-labelledby={`${id}-title`} id={id} data-testid={`section-${id}`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p class="muted">{intro}</p>}
      {children}
    </section>
  );
}

/** Polite status for success, an alert for errors: a failure is always announced and stays on screen. */
export function Outcome({ ok, error, testid }: { ok?: string; error?: string; testid: string }) {
  return (
    <>
      <p role="status" aria-live="polite" class="outcome-ok" data-testid={`${testid}-status`}>
        {ok}
      </p>
      {error && (
        <p role="alert" class="form-error" data-testid={`${testid}-error`}>
          {error}
        </p>
      )}
    </>
  );
}
