// Hand-made rows for evaluator tests: edge cases on purpose (nulls, quotes, case, zone offsets, missing fields).
import type { Product, Service } from '../../../../src/core/api/models';

const p = (id: number, serialNumber: string, sapNumber: string, uniqueId: string, type: Product['type'], d: string | null): Product => ({
  id,
  uniqueId,
  serialNumber,
  sapNumber,
  dongleTerminationTimeStamp: d,
  type,
});

export const PRODUCTS: Product[] = [
  p(1, 'SN-100A', 'SAP-7701', 'u-00aa', 'flinkey Box', null),
  p(2, 'SN-100B', 'SAP-7702', 'u-00ff', 'flinkey IQ', '2025-03-15T08:00:00Z'),
  p(3, 'SN-1003', 'SAP-1200', 'u-01aa', 'flinkey IQ', '2025-12-31T23:30:00-02:00'), // = 2026-01-01T01:30Z
  p(4, 'sn-104', 'SAP-1277', 'u-02ff', 'flinkey Box', '2026-01-01T00:00:00Z'),
  p(5, 'SN-2001', 'SAP-3000', 'u-03bb', 'flinkey IQ', null),
  p(6, 'SN-2002', 'SAP-3001', 'u-04cc', 'flinkey Box', '2024-07-01T12:00:00.500Z'),
  p(7, 'XN-1007', 'SAP-7777', 'u-05ff', 'flinkey IQ', '2026-01-01T00:30:00+01:00'), // = 2025-12-31T23:30Z
  p(8, 'SN-100C', 'SAP-0077', 'u-06dd', 'flinkey Box', null),
  p(9, 'SN-3009', 'SAP-9000', 'u-07ee', 'flinkey IQ', '2025-06-30T00:00:00Z'),
  p(10, 'SN-3010', 'SAP-9001', 'u-08ff', 'flinkey Box', '2027-02-01T00:00:00Z'),
  p(11, 'SN-4011', 'SAP-4100', 'u-09aa', 'flinkey IQ', null),
  p(12, 'SN-4012', 'SAP-4177', 'u-10ab', 'flinkey Box', '2025-01-01T00:00:00Z'),
  p(13, 'AB-13', 'SAP-1313', 'u-11ff', 'flinkey IQ', '2025-12-31T23:59:59.999Z'),
  p(14, 'SN-100D', 'SAP-1414', 'u-12cd', 'flinkey Box', null),
  p(15, 'SN-5015', 'SAP-5015', 'u-13ef', 'flinkey IQ', '2026-01-01T00:00:00.001Z'),
];

const s = (
  id: number,
  name: string,
  productId: number | null | undefined,
  isTerminated: boolean,
  terminationDate: string | null,
  terminationCause: string | null,
): Service => {
  const row: Service = { id, name, isTerminated, terminationDate, terminationCause };
  if (productId !== undefined) {
    row.productId = productId;
  }
  return row;
};

export const SERVICES: Service[] = [
  s(101, 'Golf', 1, false, null, null),
  s(102, 'golf variant', 2, true, '2025-03-15T08:00:00Z', 'lost key'),
  s(103, 'Go Kart', 3, false, null, null),
  s(104, 'GOLF', null, true, '2025-07-20T10:00:00+02:00', 'Lost in transit'),
  s(105, "O'Neil Van", 4, false, null, null),
  s(106, 'Polo', 5, true, '2024-11-02T00:00:00Z', 'contract ended'),
  s(107, ' Passat ', undefined, false, null, null),
  s(108, 'Golf', 7, true, '2025-05-31T23:00:00-01:00', 'stolen'), // = 2025-06-01T00:00Z
  s(109, 'Tiguan', 8, false, null, 'note: lost once, found'),
  s(110, 'Go', 9, false, null, null),
  s(111, 'Golf Plus', null, true, '2026-02-28T12:00:00Z', 'lost'),
  s(112, 'Caddy', 11, true, '2025-06-01T00:00:00Z', 'ended'),
  s(113, 'Arteon', 12, false, null, ''),
  s(114, 'Gol', 13, true, '2025-12-24T18:00:00Z', null),
  s(115, 'Touran', 14, false, null, null),
];
