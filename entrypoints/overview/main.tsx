import { render } from 'preact';

performance.mark('enplan:script-start');
import '@/components/common/base.css';
import { CitizenApp } from '@/components/overview/citizen/CitizenApp';
import { OverviewApp } from '@/components/overview/OverviewApp';
import { LocalStoreSource } from '@/lib/overview/local-source';
import { openDatabase } from '@/lib/service/database';

// The page only knows a DataSource: a shared backend later replaces this one line, not the page.
const source = new LocalStoreSource(openDatabase());
const cpr = new URLSearchParams(location.search).get('cpr');
const app = document.getElementById('app')!;
render(cpr && /^\d{10}$/.test(cpr) ? <CitizenApp source={source} cpr={cpr} /> : <OverviewApp source={source} />, app);
