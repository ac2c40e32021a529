/** How pages name each type of entity, and its field (the entry's field and the URL segment). */
import { ENTITY_FIELDS, type EntityType } from '../schema/gazetteer.ts';

export const ENTITY_LABELS: Record<EntityType, { one: string; plural: string; field: (typeof ENTITY_FIELDS)[EntityType] }> = {
	person: { one: 'person', plural: 'People', field: ENTITY_FIELDS.person },
	place: { one: 'place', plural: 'Places', field: ENTITY_FIELDS.place },
	organization: { one: 'organization', plural: 'Organizations', field: ENTITY_FIELDS.organization },
};
