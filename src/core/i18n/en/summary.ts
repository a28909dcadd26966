import type { Catalogue } from '../catalogue';

export const summary: Catalogue['summary'] = {};
