import type { Catalogue } from '../catalogue';

export const cli: Catalogue['cli'] = {};
