import { render } from 'preact';
import { PanelApp } from '@/components/panel/PanelApp';

render(<PanelApp />, document.getElementById('app')!);
