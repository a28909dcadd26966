import type { Catalogue } from '../catalogue';

export const reading: Catalogue['reading'] = {};
