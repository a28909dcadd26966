import type { Catalogue } from '../catalogue';

export const fixes: Catalogue['fixes'] = {};
