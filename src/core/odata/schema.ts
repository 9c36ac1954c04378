// Field lists of the entities, taken from the reference pages (shared/seeds) and shared/notes/flinkey-api-fleet.md.
// A nested object lists its own fields in `fields`; a query reaches them by path (`userData/firstName`).

/** The documented values of a product's `type` and an event's `type`. */
export const PRODUCT_TYPES = ['flinkey Box', 'flinkey IQ'] as const;
export const EVENT_TYPES = ['CarOpened', 'CarClosed'] as const;

export type Entity = 'product' | 'service' | 'car' | 'user' | 'assignment' | 'event' | 'group' | 'key' | 'brand';

export interface FieldSchema {
  name: string;
  /** `double`: a floating-point number; `object`: a nested object; its fields are in `fields`, or listed beside it by path (userData/firstName). */
  type: 'int32' | 'double' | 'string' | 'boolean' | 'datetime' | 'object';
  nullable: boolean;
  enum?: readonly string[];
  fields?: readonly FieldSchema[];
  /** Short plain English, shown in hovers. */
  description: string;
}

const field = (name: string, type: FieldSchema['type'], nullable: boolean, description: string): FieldSchema => ({
  name,
  type,
  nullable,
  description,
});

export const SCHEMAS: Record<Entity, readonly FieldSchema[]> = {
  product: [
    field('id', 'int32', false, 'Database ID of the product.'),
    field('uniqueId', 'string', false, 'Unique ID of the product.'),
    field('serialNumber', 'string', false, 'Serial number of the device.'),
    field('sapNumber', 'string', false, 'SAP number of the product.'),
    field('dongleTerminationTimeStamp', 'datetime', true, 'When the dongle was terminated; null if it was not.'),
    { ...field('type', 'string', false, "Kind of device: 'flinkey Box' or 'flinkey IQ'."), enum: PRODUCT_TYPES },
  ],
  service: [
    field('id', 'int32', false, 'Database ID of the service.'),
    field('name', 'string', false, 'Name of the service (the contract of a box).'),
    field('productId', 'int32', true, 'Database ID of the product this service belongs to, or null.'),
    field('isTerminated', 'boolean', false, 'Whether the service has been terminated.'),
    field('terminationDate', 'datetime', true, 'When the service was terminated; null if it was not.'),
    field('terminationCause', 'string', true, 'Why the service was terminated; null if it was not.'),
  ],
  car: [
    field('id', 'int32', false, 'Database ID of the car.'),
    field('name', 'string', false, 'Name of the car.'),
    field('description', 'string', true, 'Free-text description of the car, or null.'),
    field('vin', 'string', true, 'Vehicle identification number, or null.'),
    field('licensePlate', 'string', true, 'License plate, or null.'),
    field('brand', 'string', true, 'Brand (make) of the car, or null.'),
    field('model', 'string', true, 'Model of the car, or null.'),
  ],
  user: [
    field('id', 'int32', false, 'Database ID of the user.'),
    field('emailAddress', 'string', false, 'E-mail address of the user.'),
    {
      ...field('userData', 'object', false, "The user's name: firstName and lastName."),
      fields: [
        field('firstName', 'string', true, 'First name of the user, or null.'),
        field('lastName', 'string', true, 'Last name of the user, or null.'),
      ],
    },
  ],
  assignment: [
    field('id', 'int32', false, 'Database ID of the assignment.'),
    field('carId', 'int32', false, 'Database ID of the car the user may open.'),
    field('userId', 'int32', true, 'Database ID of the user who may open the car, or null.'),
    field('start', 'datetime', false, 'When the access begins.'),
    field('end', 'datetime', true, 'When the access ends; null if it is open-ended.'),
    field('lifetime', 'int32', true, 'Lifetime of the access (units not documented), or null.'),
    field('renewableAfter', 'int32', true, 'When the access can be renewed (units not documented), or null.'),
  ],
  event: [
    field('id', 'int32', false, 'Database ID of the event.'),
    field('dateTime', 'datetime', false, 'When it happened, as the API states it; utcDateTime has it in UTC.'),
    field('utcDateTime', 'datetime', false, 'When the car was opened or closed, in UTC.'),
    field('userId', 'int32', false, 'Database ID of the user who opened or closed the car.'),
    field('carId', 'int32', false, 'Database ID of the car.'),
    { ...field('type', 'string', false, "What happened: 'CarOpened' or 'CarClosed'."), enum: EVENT_TYPES },
    field('userAgent', 'string', false, 'The app or device that sent the command.'),
    field('latitude', 'double', true, 'Latitude where it happened, or null.'),
    field('longitude', 'double', true, 'Longitude where it happened, or null.'),
  ],
  group: [field('id', 'int32', false, 'Database ID of the group.'), field('name', 'string', false, 'Name of the group.')],
  key: [
    field('id', 'int32', false, 'Database ID of the catalogue entry.'),
    field('brand', 'string', false, 'Car brand whose key this is.'),
    field('boxName', 'string', true, 'Name of the flinkey Box that fits this key, or null.'),
    field('boxSapNumber', 'string', true, 'SAP number of that flinkey Box, or null.'),
    {
      ...field('keyForm', 'object', false, 'The shape of the key: id, name and imageUrl.'),
      // The vendor's own pages send $expand=keyForm($select=imageUrl), so the server takes it.
      fields: [
        field('id', 'int32', false, 'Database ID of the key form.'),
        field('name', 'string', false, 'Name of the key form.'),
        field('imageUrl', 'string', false, 'Picture of the key form.'),
      ],
    },
  ],
  // /brands answers plain strings: there is no field to filter, sort or select.
  brand: [],
};

/** The plural: the collection in paths (/products, and the details documents' flinkey:/products/…), and in messages. */
export const ENTITY_PLURAL: Record<Entity, string> = {
  product: 'products',
  service: 'services',
  car: 'cars',
  user: 'users',
  assignment: 'assignments',
  event: 'events',
  group: 'groups',
  key: 'keys',
  brand: 'brands',
};

/** The fields of a record and its plural for messages: an entity above, or any schema (tests build their own). */
export interface EntitySchema {
  plural: string;
  fields: readonly FieldSchema[];
}

export type SchemaRef = Entity | EntitySchema;

export function resolveSchema(ref: SchemaRef): EntitySchema {
  return typeof ref === 'string' ? { plural: ENTITY_PLURAL[ref], fields: SCHEMAS[ref] } : ref;
}

/** The fields one level below `owner` (at `ownerPath`): its own `fields`, or the entries named 'ownerPath/x'. */
export function childFields(all: readonly FieldSchema[], owner: FieldSchema, ownerPath: string): readonly FieldSchema[] {
  if (owner.fields) return owner.fields;
  const prefix = `${ownerPath}/`;
  return all
    .filter((f) => f.name.startsWith(prefix) && !f.name.includes('/', prefix.length))
    .map((f) => ({ ...f, name: f.name.slice(prefix.length) }));
}

/** The top level of a record: fields of nested objects listed by path are reached through their object. */
export function topFields(all: readonly FieldSchema[]): readonly FieldSchema[] {
  return all.filter((f) => !f.name.includes('/'));
}

/** The fields inside the object at `path` (['userData']), the top level for []; undefined when no object is there. */
export function fieldsAt(all: readonly FieldSchema[], path: readonly string[]): readonly FieldSchema[] | undefined {
  let level = topFields(all);
  for (let i = 0; i < path.length; i++) {
    const f = level.find((x) => x.name === path[i]);
    if (f?.type !== 'object') return undefined;
    level = childFields(all, f, path.slice(0, i + 1).join('/'));
  }
  return level;
}

export function findField(entity: SchemaRef, name: string): FieldSchema | undefined {
  return resolveSchema(entity).fields.find((f) => f.name === name);
}

export function fieldNames(entity: SchemaRef): string[] {
  return resolveSchema(entity).fields.map((f) => f.name);
}
