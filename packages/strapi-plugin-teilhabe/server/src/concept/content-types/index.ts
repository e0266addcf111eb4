import chapter from './concept-chapter';
import edition from './concept-edition';
import goal from './concept-goal';
import measure from './concept-measure';
import milestone from './concept-milestone';
import revision from './concept-revision';
import fieldOfAction from './field-of-action';
import participationEvent from './participation-event';

/** The concept's content types, keyed by singular name. */
export default {
  'concept-edition': edition,
  'concept-chapter': chapter,
  'field-of-action': fieldOfAction,
  'concept-goal': goal,
  'concept-measure': measure,
  'concept-milestone': milestone,
  'participation-event': participationEvent,
  'concept-revision': revision,
};
