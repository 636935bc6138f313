import { render } from 'preact';
import '@/components/common/base.css';
import { PanelApp } from '@/components/panel/PanelApp';

render(<PanelApp />, document.getElementById('app')!);
