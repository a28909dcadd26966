import type { Catalogue } from '../catalogue';

export const rules: Catalogue['rules'] = {};
