import type { Core } from '@strapi/types';
import type { ChangeNotificationService } from './change-notifications/service';

/** Plugin destroy phase (`strapi.destroy()`): no timer may outlive Strapi. */
const destroy = ({ strapi }: { strapi: Core.Strapi }): void => {
  (strapi.plugin('teilhabe').service('change-notifications') as ChangeNotificationService).stop();
};

export default destroy;
