import category from './category';
import contact from './contact';
import courseType from './course-type';
import district from './district';
import lifeSituation from './life-situation';
import location from './location';
import offer from './offer';
import page from './page';
import provider from './provider';
import siteSetting from './site-setting';
import targetGroup from './target-group';

/** Content types owned by the plugin, keyed by their singular name (UID `plugin::teilhabe.<key>`). */
export default {
  'life-situation': lifeSituation,
  page,
  'site-setting': siteSetting,
  // The integration service directory.
  offer,
  provider,
  location,
  contact,
  category,
  'target-group': targetGroup,
  district,
  'course-type': courseType,
};
