// Records of the flinkey API v3, as documented in shared/seeds. Validators live in validate.ts.

export const PRODUCT_TYPES = ['flinkey Box', 'flinkey IQ'] as const;
export type ProductType = (typeof PRODUCT_TYPES)[number];

export interface Product {
  id: number;
  uniqueId: string;
  serialNumber: string;
  sapNumber: string;
  /** ISO date-time or null. */
  dongleTerminationTimeStamp: string | null;
  type: ProductType;
}

/** A service is the contract of one box. `/products/{id}/services` omits productId. */
export interface Service {
  id: number;
  name: string;
  productId?: number | null;
  isTerminated: boolean;
  terminationDate: string | null;
  terminationCause: string | null;
}

export interface Car {
  id: number;
  name: string;
  description: string | null;
  vin: string | null;
  licensePlate: string | null;
  brand: string | null;
  model: string | null;
}

/** The API documents `id` as a string but shows numbers too; it is normalised to a string of digits. */
export interface Customer {
  id: string;
  name: string;
}

export interface Token {
  accessToken: string;
  /** Epoch milliseconds after which the token must not be used. */
  expiresAt: number;
}

export type EntityKind = 'product' | 'service' | 'car';
