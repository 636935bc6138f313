import { browser } from 'wxt/browser';
import { readCitizen } from '@/lib/adapters/extract';
import type { AdapterSpec, FormGuardSpec } from '@/lib/adapters/spec';
import type { ToContentMessage } from '@/lib/messages/to-content';

/**
 * Watches the system's "new information request" form. Every change asks the background whether the request
 * duplicates one already made or information already on file; a duplicate holds the submit until the caseworker
 * chooses, in the panel, to go on anyway. Event delegation, because late-rendering apps create the form later.
 */
export function startFormGuard(adapter: AdapterSpec, guard: FormGuardSpec, signal: AbortSignal) {
  let blocking = false;
  let allowOnce = false;
  let pendingForm: HTMLFormElement | undefined;

  const check = (form: HTMLFormElement) => {
    const control = form.querySelector<HTMLSelectElement | HTMLInputElement>(guard.infoType);
    if (!control) return;
    const label = control.tagName === 'SELECT' ? (control as HTMLSelectElement).selectedOptions[0]?.textContent ?? '' : control.value;
    const recipient = guard.recipient ? form.querySelector<HTMLInputElement>(guard.recipient)?.value : undefined;
    if (!label.trim()) return;
    const citizen = readCitizen(adapter, document).ref;
    browser.runtime
      .sendMessage({ type: 'precheck', system: adapter.system, citizen, infoTypeLabel: label.trim(), recipient })
      .then((answer) => {
        blocking = Boolean((answer as { blocking?: boolean } | undefined)?.blocking);
      })
      .catch(() => undefined);
  };

  const onChange = (event: Event) => {
    const form = (event.target as Element | null)?.closest?.(guard.form);
    if (form) check(form as HTMLFormElement);
  };
  document.addEventListener('change', onChange, { capture: true, signal });

  document.addEventListener(
    'submit',
    (event) => {
      const form = (event.target as Element).closest?.(guard.form) as HTMLFormElement | null;
      if (!form || !blocking) return;
      if (allowOnce) {
        allowOnce = false;
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      pendingForm = form;
      void browser.runtime.sendMessage({ type: 'submit-blocked' }).catch(() => undefined);
    },
    { capture: true, signal },
  );

  const onMessage = (message: unknown) => {
    if ((message as ToContentMessage).type !== 'submit-anyway' || !pendingForm) return;
    allowOnce = true;
    pendingForm.requestSubmit();
    pendingForm = undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));

  // A form pre-filled by the system (e.g. after a validation error) is checked at once.
  document.querySelectorAll<HTMLFormElement>(guard.form).forEach(check);
}
