import category from './category';
import contact from './contact';
import courseType from './course-type';
import district from './district';
import location from './location';
import offer from './offer';
import provider from './provider';
import targetGroup from './target-group';

/** The directory's content types, keyed by singular name. */
export default {
  offer,
  provider,
  location,
  contact,
  category,
  'target-group': targetGroup,
  district,
  'course-type': courseType,
};
