import { createContext, useContext } from 'react';
import { EntityCardController } from './entity-card-controller.ts';

/** The one controller of the page's entity card, shared by mentions, chips and the card layer. */
export const EntityCardContext = createContext<EntityCardController>(new EntityCardController());

/** The page's entity card controller. */
export function useEntityCardController(): EntityCardController {
  return useContext(EntityCardContext);
}
