import { browser } from 'wxt/browser';
import { useT } from '@/components/common/i18n';
import './PanelToolbar.css';

const DEFAULT_WIDTH = 380;

/** Title bar with the collapse button; the content script outside the frame does the actual hiding. */
export function PanelToolbar() {
  const t = useT();
  const collapse = () => {
    void browser.runtime.sendMessage({ type: 'panel:layout', collapsed: true, width: window.innerWidth || DEFAULT_WIDTH });
  };
  return (
    <header class="toolbar">
      <h1 id="panel-title" class="toolbar-title">
        {t('app.name')}
      </h1>
      <button type="button" class="toolbar-button" onClick={collapse} aria-label={t('panel.collapse')} title={t('panel.collapse')}>
        ⟩
      </button>
    </header>
  );
}
