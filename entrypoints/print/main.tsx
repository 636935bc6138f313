import { render } from 'preact';
import '@/components/common/base.css';
import { PrintApp } from '@/components/panel/print/PrintApp';

render(<PrintApp />, document.getElementById('app')!);
