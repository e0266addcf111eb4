import { factories } from '@strapi/strapi';
import type { Core } from '@strapi/types';
import directory from './directory';

// Spelled out so that the emitted declarations do not point into pnpm's store.
type ControllerFactory = (params: { strapi: Core.Strapi }) => Core.Controller;

/**
 * Read-only REST controllers; writes go through the admin panel only. The
 * directory's types have no core controllers: the public reads them through
 * the directory controller (and its GraphQL queries) only.
 */
const controllers: Record<string, ControllerFactory> = {
  page: factories.createCoreController('plugin::teilhabe.page'),
  'life-situation': factories.createCoreController('plugin::teilhabe.life-situation'),
  'site-setting': factories.createCoreController('plugin::teilhabe.site-setting'),
  directory: directory as unknown as ControllerFactory,
};

export default controllers;
