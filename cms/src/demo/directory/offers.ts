import type { OfferDemo } from './types';
import { antiDiscriminationOffers } from './offers/anti-discrimination';
import { childcareOffers } from './offers/childcare';
import { counsellingOffers } from './offers/counselling';
import { languageCourseOffers } from './offers/language-courses';
import { participationOffers } from './offers/participation';
import { workRecognitionOffers } from './offers/work-recognition';

/**
 * Demo offers of the service directory, grouped by category in `./offers/`.
 *
 * Every offer is sample data and says so at the end of its description in each locale.
 * German, English, Arabic and Ukrainian texts are complete; Persian, Turkish and Russian
 * texts exist only for some offers, so that the portal's fallback and the editors' view
 * of missing translations can be shown.
 */
export const offers: OfferDemo[] = [
  ...languageCourseOffers,
  ...childcareOffers,
  ...counsellingOffers,
  ...workRecognitionOffers,
  ...antiDiscriminationOffers,
  ...participationOffers,
];
