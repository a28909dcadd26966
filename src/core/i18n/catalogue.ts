/** The shape every language's catalogue has: the Vietnamese one's, so English must match it key for key. */
import type { vi } from './vi';

export type Catalogue = typeof vi;
