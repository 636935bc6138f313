import { useT } from '@/components/common/i18n';
import { useSend } from '@/components/common/messaging';
import { clampWidth, rememberedWidth } from '../layout/ResizeHandle';
import './PanelToolbar.css';

/** Title bar with the collapse button; the content script outside the frame does the actual hiding. */
export function PanelToolbar() {
  const t = useT();
  const send = useSend();
  const collapse = () => {
    const width = window.innerWidth >= 280 ? clampWidth(window.innerWidth) : rememberedWidth();
    void send({ type: 'panel:layout', collapsed: true, width });
  };
  return (
    <header class="toolbar">
      <h1 id="panel-title" class="toolbar-title">
        {t('app.name')}
      </h1>
      <button type="button" class="toolbar-button" onClick={collapse} aria-label={t('panel.collapse')} title={t('panel.collapse')} data-testid="panel-collapse">
        <span aria-hidden="true">⟩</span>
      </button>
    </header>
  );
}
