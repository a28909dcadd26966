import type { Catalogue } from '../catalogue';

export const cycle: Catalogue['cycle'] = {};
