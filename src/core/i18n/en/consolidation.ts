import type { Catalogue } from '../catalogue';

export const consolidation: Catalogue['consolidation'] = {};
