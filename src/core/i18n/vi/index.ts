/** The Vietnamese catalogue: every word phuluc shows, by area. */
import { roles, severities, states } from './labels';
import { common } from './common';
import { rules } from './rules';
import { fixes } from './fixes';
import { consolidation } from './consolidation';
import { cycle } from './cycle';
import { summary } from './summary';
import { deadlines } from './deadlines';
import { reading } from './reading';
import { cli } from './cli';
import { pane } from './pane';

export const vi = { roles, states, severities, common, rules, fixes, consolidation, cycle, summary, deadlines, reading, cli, pane };
