/**
 * What each safe fix does, in English, by the code of the rule whose findings it fixes: the pane's
 * preview of the changes names the fix, never a rule's code alone.
 */
import type { Catalogue } from '../catalogue';

export const fixes: Catalogue['fixes'] = {
  LEGACY_ENCODING: 'legacy-encoded text (TCVN3, VNI) to Unicode',
  TEXT_NOT_NFC: 'Unicode normalised',
  EXTRA_SPACES: 'extra spaces removed',
  MERGED_DATA_CELLS: 'cells unmerged, the value in each',
  SWAPPED_DATE: 'a date Excel swapped, swapped back',
  DATE_AS_TEXT: 'a date written as text made a date',
  STT_ORDER: 'numbering made consecutive',
  DUPLICATE_STT: 'duplicate number corrected',
};
