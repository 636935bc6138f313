import { useT } from '@/components/common/i18n';
import { useSend } from '@/components/common/messaging';
import { MIN_WIDTH, snapWidth } from '@/lib/config/panel-layout';
import { rememberedWidth } from '../layout/ResizeHandle';
import { usePushMode } from '../layout/usePushMode';
import './PanelToolbar.css';

/**
 * Title bar with the layout buttons: push the page aside (or lie over it) and collapse. The content script outside
 * the frame does the actual moving and hiding.
 */
export function PanelToolbar() {
  const t = useT();
  const send = useSend();
  const push = usePushMode();
  const collapse = () => {
    const width = window.innerWidth >= MIN_WIDTH ? snapWidth(window.innerWidth) : rememberedWidth();
    void send({ type: 'panel:layout', collapsed: true, width });
  };
  return (
    <header class="toolbar">
      <h1 id="panel-title" class="toolbar-title">
        {t('app.name')}
      </h1>
      <div class="toolbar-buttons">
        <button
          type="button"
          class="toolbar-button"
          aria-pressed={push}
          onClick={() => void send({ type: 'panel:layout', push: !push })}
          title={t('panel.pushHint')}
          data-testid="panel-push"
        >
          {t('panel.push')}
        </button>
        <button type="button" class="toolbar-button" onClick={collapse} aria-label={t('panel.collapse')} title={t('panel.collapse')} data-testid="panel-collapse">
          <span aria-hidden="true">⟩</span>
        </button>
      </div>
    </header>
  );
}
