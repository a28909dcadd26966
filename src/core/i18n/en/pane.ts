import type { Catalogue } from '../catalogue';

export const pane: Catalogue['pane'] = {};
