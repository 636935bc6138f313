import type { ButtonHTMLAttributes, ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from './i18n';
import { guardVisibility, type VisibilityGuard } from './visibility';
import './ConfirmButton.css';

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick' | 'type'> & {
  onConfirm: () => void;
  children: ComponentChildren;
  minVisibleMs?: number;
};

/**
 * A button for decisions (go on anyway, withdraw consent, dismiss a flag). A click while the panel is made invisible
 * or covered by the host page is ignored, and the caseworker is told why.
 */
export function ConfirmButton({ onConfirm, children, minVisibleMs, class: cls, ...rest }: Props) {
  const t = useT();
  const ref = useRef<HTMLButtonElement>(null);
  const guard = useRef<VisibilityGuard | undefined>(undefined);
  const [visible, setVisible] = useState<boolean | undefined>(undefined);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    if (!ref.current) return;
    guard.current = guardVisibility(ref.current, setVisible, minVisibleMs);
    return () => guard.current?.disconnect();
  }, [minVisibleMs]);
  const onClick = (event: Event) => {
    if (!guard.current?.canAct()) {
      event.preventDefault();
      setRefused(true);
      return;
    }
    setRefused(false);
    onConfirm();
  };
  return (
    <span class="confirm">
      <button {...rest} ref={ref} type="button" class={`button ${cls ?? ''}`} onClick={onClick} data-visible={visible === undefined ? 'unknown' : String(visible)}>
        {children}
      </button>
      <span class="confirm-refused" role="status" aria-live="polite">
        {refused ? t('confirm.refused') : ''}
      </span>
    </span>
  );
}
