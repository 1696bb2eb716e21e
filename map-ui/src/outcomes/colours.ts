// Each answered status's colour, shared by the map's rings and the key. The badges in the
// list and the detail use the same values in outcomes.css; a shape and words go with each.

import type { OutcomeStatus } from './strings';

export const OUTCOME_COLOURS: Record<Exclude<OutcomeStatus, 'open'>, string> = {
  referred: '#6b3fa0',
  considering: '#8a5300',
  planned: '#0b4f6c',
  done: '#1b7837',
  not_possible: '#b2182b',
  duplicate: '#5c636b',
};
