import { Genre } from '../types';
import { annualReview } from './annualReview';
import { dutyIntegrity } from './dutyIntegrity';
import { genericReport } from './generic';
import { partyBuilding } from './partyBuilding';
import { partyDiscipline } from './partyDiscipline';
import { selfExamination } from './selfExamination';
import { workSummary } from './workSummary';

export { annualReview, dutyIntegrity, genericReport, partyBuilding, partyDiscipline, selfExamination, workSummary };

/**
 * The built-in genres, in the order titles are tested against them: the more specific first (a
 * 全面从严治党述职报告 is also a 述职报告), the generic fallback last.
 */
export const BUILTIN_GENRES: readonly Genre[] = [
  dutyIntegrity,
  selfExamination,
  partyBuilding,
  partyDiscipline,
  workSummary,
  annualReview,
  genericReport,
];

/** The order genres are offered in a picker: the six genres as users name them, then the fallback. */
export const GENRE_MENU_ORDER: readonly string[] = [
  'annual-review', 'party-discipline', 'duty-integrity', 'party-building', 'self-examination', 'work-summary', 'generic',
];
