import type { Catalogue } from '../catalogue';

export const deadlines: Catalogue['deadlines'] = {};
