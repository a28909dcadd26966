/** Entry of the task pane: connect to Office, then render the panel the ribbon button asked for. */
import { createRoot } from 'react-dom/client';
import { connect } from '../office/host';
import { App, panelNamed } from './App';

const requested = panelNamed(new URLSearchParams(location.search).get('panel')) ?? 'check';

connect().then((host) => {
  const root = document.getElementById('root');
  if (!root) throw new Error('taskpane.html has no #root');
  createRoot(root).render(<App host={host} panel={requested} />);
});
