// Field lists of the three entities, taken from the reference pages (shared/seeds).
import { PRODUCT_TYPES } from '../api/models';

export type Entity = 'product' | 'service' | 'car';

export interface FieldSchema {
  name: string;
  /** 'object': a nested object whose own fields are in `fields` (userData/firstName). */
  type: 'int32' | 'double' | 'string' | 'boolean' | 'datetime' | 'object';
  nullable: boolean;
  enum?: readonly string[];
  fields?: readonly FieldSchema[];
  /** A nested object the server returns only with $expand (keyForm on keys), rather than with every record. */
  expandable?: boolean;
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
};

/** Plural used in messages: "unknown field 'x' on products". */
export const ENTITY_PLURAL: Record<Entity, string> = { product: 'products', service: 'services', car: 'cars' };

/** The fields of a record and its plural for messages: an entity above, or any schema (tests build their own). */
export interface EntitySchema {
  plural: string;
  fields: readonly FieldSchema[];
}

export type SchemaRef = Entity | EntitySchema;

export function resolveSchema(ref: SchemaRef): EntitySchema {
  return typeof ref === 'string' ? { plural: ENTITY_PLURAL[ref], fields: SCHEMAS[ref] } : ref;
}

export function findField(entity: SchemaRef, name: string): FieldSchema | undefined {
  return resolveSchema(entity).fields.find((f) => f.name === name);
}

export function fieldNames(entity: SchemaRef): string[] {
  return resolveSchema(entity).fields.map((f) => f.name);
}
