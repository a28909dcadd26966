/** Entry of the task pane: connect to Office, then render the panel the ribbon button asked for. */
import { createRoot } from 'react-dom/client';
import { App, type Panel } from './App';
import { connect } from '../office/host';

const PANELS: Panel[] = ['import', 'check', 'overdue', 'summary', 'consolidate', 'settings'];
const requested = new URLSearchParams(location.search).get('panel') as Panel | null;

connect().then((host) => {
  createRoot(document.getElementById('root')!).render(<App host={host} panel={requested && PANELS.includes(requested) ? requested : 'check'} />);
});
