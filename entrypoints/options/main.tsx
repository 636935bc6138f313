import { render } from 'preact';
import '@/components/common/base.css';
import { OptionsApp } from '@/components/options/OptionsApp';
import { openDatabase } from '@/lib/service/database';

render(<OptionsApp db={openDatabase()} />, document.getElementById('app')!);
