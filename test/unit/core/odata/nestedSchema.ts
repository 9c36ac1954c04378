// Test-only schemas with nested objects, shaped like the fleet's users (userData) and key fobs (keyForm):
// the generic mechanisms (paths, $select paths, $expand with $select) are tested here, not with fake entities.
import type { EntitySchema, FieldSchema } from '../../../../src/core/odata';

const f = (name: string, type: FieldSchema['type'], nullable = false, extra: Partial<FieldSchema> = {}): FieldSchema => ({
  name,
  type,
  nullable,
  description: `The ${name} of the record.`,
  ...extra,
});

/** As the entities list them: a nested object's fields by path, beside the object. */
export const PEOPLE: EntitySchema = {
  plural: 'people',
  fields: [
    f('id', 'int32'),
    f('emailAddress', 'string'),
    f('userData', 'object', true),
    f('userData/firstName', 'string', true),
    f('userData/lastName', 'string', true),
    f('keyForm', 'object'),
    f('keyForm/id', 'int32'),
    f('keyForm/name', 'string'),
    f('keyForm/imageUrl', 'string'),
    f('score', 'double', true),
  ],
};

/** The same record with each object's fields inside it. */
export const PEOPLE_NESTED: EntitySchema = {
  plural: 'people',
  fields: [
    f('id', 'int32'),
    f('emailAddress', 'string'),
    f('userData', 'object', true, { fields: [f('firstName', 'string', true), f('lastName', 'string', true)] }),
    f('keyForm', 'object', false, { fields: [f('id', 'int32'), f('name', 'string'), f('imageUrl', 'string')] }),
    f('score', 'double', true),
  ],
};

export interface Person {
  id: number;
  emailAddress: string;
  userData: { firstName: string | null; lastName: string | null } | null;
  keyForm: { id: number; name: string; imageUrl: string };
  score: number | null;
}

const key = (id: number, name: string) => ({ id, name, imageUrl: `https://img.example/${id}.png` });

export const PEOPLE_ROWS: Person[] = [
  { id: 1, emailAddress: 'ann@example.com', userData: { firstName: 'Ann', lastName: 'Lee' }, keyForm: key(10, 'Flat'), score: 2.5 },
  { id: 2, emailAddress: 'bo@example.com', userData: { firstName: 'Bo', lastName: null }, keyForm: key(11, 'Round'), score: -0.5 },
  { id: 3, emailAddress: 'cy@example.com', userData: null, keyForm: key(10, 'Flat'), score: null },
  { id: 4, emailAddress: 'di@example.com', userData: { firstName: null, lastName: 'Dahl' }, keyForm: key(12, 'Fob'), score: 10 },
  { id: 5, emailAddress: 'ann.b@example.com', userData: { firstName: 'Ann', lastName: 'Berg' }, keyForm: key(11, 'Round'), score: 3.5 },
];
