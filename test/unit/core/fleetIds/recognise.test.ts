// Recognition of fleet identifiers in a line, one table per language shape, negatives included.
import * as assert from 'assert';
import { candidateAt, compilePatterns, fieldOfKey, findCandidates, hasIdShape, type RecogniseOptions } from '../../../../src/core/fleetIds';

const VIN = 'WVWZZZ1JZXW000001';
const VIN2 = 'WAUZZZ8V5KA123456';

/** `field=value` for each candidate, after checking that its range holds exactly its value. */
function found(line: string, opts: RecogniseOptions = {}): string[] {
  return findCandidates(line, opts).map((c) => {
    assert.strictEqual(line.slice(c.start, c.end), c.value, `range of ${c.value} in ${line}`);
    return `${c.field}=${c.value}`;
  });
}

type Row = [line: string, expected: string[]];

function table(name: string, rows: Row[], opts: RecogniseOptions = {}): void {
  describe(name, () => {
    for (const [line, expected] of rows) {
      it(`${JSON.stringify(line)} → ${expected.length ? expected.join(', ') : 'nothing'}`, () => {
        assert.deepStrictEqual(found(line, opts), expected);
      });
    }
  });
}

describe('fleetIds/recognise', () => {
  table('TypeScript and JavaScript', [
    ["const fixture = { serialNumber: 'FB21-0010003', productId: 10003 };", ['serialNumber=FB21-0010003', 'productId=10003']],
    ['const vin: string = "WVWZZZ1JZXW000001";', [`vin=${VIN}`]],
    ['export const CAR_ID = 7000012;', ['carId=7000012']],
    ['if (car.licensePlate === "M-AB 1234") return;', ['licensePlate=M-AB 1234']],
    ['await api.getProducts({ query: { filter: "uniqueId eq \'0f3a9c1e5b7d2a44\'" } });', ['uniqueId=0f3a9c1e5b7d2a44']],
    [
      'const ids = { serviceIds: [3000001, 3000002], userIds: ["12000004"] };',
      ['serviceId=3000001', 'serviceId=3000002', 'userId=12000004'],
    ],
    ['builder.setSerialNumber(`IQ-4f00010001`).vin("WAUZZZ8V5KA123456");', ['serialNumber=IQ-4f00010001', `vin=${VIN2}`]],
    // Negatives: variables, placeholders, template holes, zero, non-ids next to known keys.
    ['const serialNumber = product.serialNumber;', []],
    ['const serialNumber = serial2; car.vin = row.vin1;', []],
    ['const vin = "WVWZZZ1JZXO000001"; const otherVin = "WVWZZZ1JZXW0000012";', []],
    ["const fixture = { serialNumber: '<serial>', vin: 'TODO', productId: 0 };", []],
    ['const url = `/products?serialNumber=${serial}`;', []],
    ['const kevin = "ABC123"; const revenueId = 5; const videoId = 9;', []],
    ['const productId = 12.5; const carId = 99999999999;', []],
    ['const productId = () => 42;', []],
    ["vin = vins.map((v) => v.trim()); vinLength: '17';", []],
  ]);

  table('JSON', [
    [
      '{ "serialNumber": "FB21-0010003", "productId": 10003, "carId": "7000012" }',
      ['serialNumber=FB21-0010003', 'productId=10003', 'carId=7000012'],
    ],
    ['  "vin": "WVWZZZ1JZXW000001",', [`vin=${VIN}`]],
    ['  "licensePlate": "DÜW-X 12",', ['licensePlate=DÜW-X 12']],
    ['  "productIds": [10003, 10004],', ['productId=10003', 'productId=10004']],
    ['  "id": 10003, "name": "Golf 7", "serialNumber": null,', []],
    ['  "serialNumber": "",  "uniqueId": "abc"', []],
  ]);

  table(
    'YAML (bare values)',
    [
      ['serialNumber: FB21-0010003', ['serialNumber=FB21-0010003']],
      ['serial_number: "FB21-0010003"  # the box in the demo car', ['serialNumber=FB21-0010003']],
      [`vin: ${VIN} # test car`, [`vin=${VIN}`]],
      ['license-plate: M-AB 1234   # front and back', ['licensePlate=M-AB 1234']],
      ['car: { carId: 7000012, licensePlate: B-XY 9 }', ['carId=7000012', 'licensePlate=B-XY 9']],
      ['productIds: [10003, 10004]', ['productId=10003', 'productId=10004']],
      ['serialNumber: ~', []],
      ['serialNumber: ${SERIAL}', []],
      ['description: the vin is on the windscreen', []],
    ],
    { bareValues: true },
  );

  table('Python', [
    ['car = Car(vin="WVWZZZ1JZXW000001", license_plate="M-AB 1234")', [`vin=${VIN}`, 'licensePlate=M-AB 1234']],
    ["payload = {'serialNumber': 'FB21-0010003', 'product_id': 10003}", ['serialNumber=FB21-0010003', 'productId=10003']],
    ['SERVICE_ID: int = 3000001', ['serviceId=3000001']],
    ["if row['vin'] == 'WAUZZZ8V5KA123456':", [`vin=${VIN2}`]],
    ['vin = os.environ["VIN"]', []],
  ]);

  table('C#', [
    ['var car = new Car { Vin = "WVWZZZ1JZXW000001", LicensePlate = "M-AB 1234" };', [`vin=${VIN}`, 'licensePlate=M-AB 1234']],
    ['const int ProductId = 10003;', ['productId=10003']],
    ['public string SerialNumber { get; set; } = "FB21-0010003";', []],
  ]);

  table('Java', [
    ['String serialNumber = "FB21-0010003";', ['serialNumber=FB21-0010003']],
    ['Car car = Car.builder().vin("WVWZZZ1JZXW000001").carId(7000012L).build();', [`vin=${VIN}`]],
    ['long userId = 12000004;', ['userId=12000004']],
  ]);

  table('Go', [
    ['productID := 10003', ['productId=10003']],
    ['car := Car{VIN: "WVWZZZ1JZXW000001", LicensePlate: "M-AB 1234"}', [`vin=${VIN}`, 'licensePlate=M-AB 1234']],
    ['const serviceID = 3000001', ['serviceId=3000001']],
  ]);

  table(
    '.env',
    [
      ['FLINKEY_SERIAL_NUMBER=FB21-0010003', ['serialNumber=FB21-0010003']],
      [`export TEST_VIN=${VIN}`, [`vin=${VIN}`]],
      ['FLINKEY_PRODUCT_ID="10003"', ['productId=10003']],
      ['FLINKEY_CUSTOMER_ID=123', []],
      ['FLINKEY_API_KEY=0123456789abcdef', []],
    ],
    { bareValues: true },
  );

  table('VINs by shape, anywhere', [
    [`// the test car ${VIN} is parked in Munich`, [`vin=${VIN}`]],
    [`curl "$BASE/cars?$filter=vin eq '${VIN}'"`, [`vin=${VIN}`]],
    // I, O and Q never occur; digits only, letters only, 16 or 18 characters and parts of longer words are not VINs.
    ['WVWZZZ1JZXW00000I WVWZZZ1JZXO000001 WVWZZZ1JZXQ000001', []],
    ['12345678901234567 ABCDEFGHJKLMNPRST', []],
    ['WVWZZZ1JZXW00000 WVWZZZ1JZXW0000012 xWVWZZZ1JZXW000001 WVWZZZ1JZXW000001a', []],
    ['sha: 3F2A9C1E5B7D2A44B6E1C0D9F8A7B6C5D4E3F2A1', []],
    ['wvwzzz1jzxw000001', []],
  ]);

  describe('user patterns', () => {
    const { patterns, problems } = compilePatterns([
      { pattern: 'BOX-\\d{4}-[A-Z]{2}', field: 'serialNumber' },
      { pattern: 'device\\((\\d+)\\)', field: 'productId' },
      'ORD-\\d{6}',
    ]);

    it('compiles good entries and finds their values (the first group when there is one)', () => {
      assert.deepStrictEqual(problems, []);
      assert.deepStrictEqual(found('open(BOX-1234-AB); device(10003); ref ORD-123456', { patterns }), [
        'serialNumber=BOX-1234-AB',
        'productId=10003',
        'any=ORD-123456',
      ]);
    });

    it('a key beats a pattern on the same text, and ids from patterns must still be int32', () => {
      assert.deepStrictEqual(found('uniqueId: "BOX-1234-AB"', { patterns }), ['uniqueId=BOX-1234-AB']);
      assert.deepStrictEqual(found('device(99999999999) device(0)', { patterns }), []);
    });

    it('reports unusable entries instead of failing', () => {
      const bad = compilePatterns(['(', { pattern: 'x*' }, { pattern: 'A1', field: 'colour' }, { field: 'vin' }, 42]);
      assert.strictEqual(bad.patterns.length, 0);
      assert.strictEqual(bad.problems.length, 5, bad.problems.join('\n'));
      assert.match(bad.problems[0], /Pattern 1.*not a valid regular expression/);
      assert.match(bad.problems[1], /matches empty text/);
      assert.match(bad.problems[2], /"colour" is not a field/);
      assert.deepStrictEqual(compilePatterns(undefined), { patterns: [], problems: [] });
    });

    it('skips patterns on very long lines (minified files), but not keys or VINs', () => {
      const line = `${'x'.repeat(3000)} BOX-1234-AB vin: "${VIN}"`;
      assert.deepStrictEqual(found(line, { patterns }), [`vin=${VIN}`]);
    });
  });

  describe('keys and shapes', () => {
    it('a known name counts only where it starts a word of the key', () => {
      const cases: [string, string | undefined][] = [
        ['vin', 'vin'],
        ['VIN', 'vin'],
        ['carVin', 'vin'],
        ['FLINKEY_VIN', 'vin'],
        ['kevin', undefined],
        ['KEVIN', undefined],
        ['serial-number', 'serialNumber'],
        ['ProductID', 'productId'],
        ['productIDs', 'productId'],
        ['setSerialNumber', 'serialNumber'],
        ['subproductId', undefined],
        ['licencePlate', 'licensePlate'],
        ['template', undefined],
        ['id', undefined],
      ];
      assert.deepStrictEqual(
        cases.map(([key]) => [key, fieldOfKey(key)]),
        cases,
      );
    });

    it('shapes: ids are int32 above zero; text ids need a digit', () => {
      assert.ok(hasIdShape('productId', '2147483647'));
      assert.ok(!hasIdShape('productId', '2147483648'));
      assert.ok(!hasIdShape('carId', '007'));
      assert.ok(!hasIdShape('serialNumber', 'serial'));
      assert.ok(!hasIdShape('serialNumber', 'FB 21'));
      assert.ok(hasIdShape('licensePlate', 'ŁÓD 12345'));
      assert.ok(!hasIdShape('licensePlate', 'M-AB 1234 and more text'));
    });
  });

  describe('candidateAt (hover)', () => {
    const line = `  { "serialNumber": "FB21-0010003", "vin": "${VIN}" }`;

    it('finds the candidate under the character, from its first to one past its last character', () => {
      const start = line.indexOf('FB21');
      assert.strictEqual(candidateAt(line, start)?.value, 'FB21-0010003');
      assert.strictEqual(candidateAt(line, start + 12)?.value, 'FB21-0010003');
      assert.strictEqual(candidateAt(line, line.indexOf(VIN) + 5)?.field, 'vin');
      assert.strictEqual(candidateAt(line, line.indexOf('serialNumber')), undefined);
    });

    it('looks only near the character on a long line, and gives offsets in the whole line', () => {
      const long = `${'x, '.repeat(20_000)}"productId": 10003`;
      const c = candidateAt(long, long.length - 2);
      assert.deepStrictEqual(c && [c.field, c.value, long.slice(c.start, c.end)], ['productId', '10003', '10003']);
    });
  });
});
