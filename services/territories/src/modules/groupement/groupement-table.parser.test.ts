import { parseGroupementTable, REQUIRED_COLUMNS } from './groupement-table.parser';

const HEADER = REQUIRED_COLUMNS.join(',');
const units = new Set(['1', '2', '3', '4']);

/** One line: unit, groupement, then the four value/rank pairs and the status. */
const line = (
  unit: string,
  code: string,
  ranks: [number, number, number, number],
  status = 'none',
) =>
  [
    unit,
    code,
    `Nom ${code}`,
    `Naam ${code}`,
    ...ranks.flatMap((rank) => [rank * 1.5, rank]),
    status,
  ].join(',');

describe('parseGroupementTable', () => {
  it('groups units, sums the ranks and orders priorities by rank sum, highest first', () => {
    const csv = [
      HEADER,
      line('1', 'a', [1, 1, 2, 1]),
      line('2', 'b', [2, 2, 1, 2], 'existing'),
      line('3', 'a', [1, 1, 2, 1]),
      line('4', '', [0, 0, 0, 0]),
    ].join('\n');
    const table = parseGroupementTable(csv, units, 'quartier');
    expect(table.problems).toEqual([]);
    expect(table.unitsOutside).toEqual(['4']);
    expect(
      table.groupements.map((g) => [g.code, g.unitCodes, g.rankSum, g.priorityOrder, g.clssStatus]),
    ).toEqual([
      ['a', ['1', '3'], 5, 2, 'NONE'],
      ['b', ['2'], 7, 1, 'EXISTING'],
    ]);
  });

  it('takes an explicit priority order when every groupement has one, and refuses a partial one', () => {
    const header = `${HEADER},priority_order`;
    const ok = [
      header,
      `${line('1', 'a', [1, 1, 1, 1])},1`,
      `${line('2', 'b', [2, 2, 2, 2])},2`,
      `${line('3', 'a', [1, 1, 1, 1])},1`,
      `${line('4', '', [0, 0, 0, 0])},`,
    ];
    expect(
      parseGroupementTable(ok.join('\n'), units, 'quartier').groupements.map(
        (g) => g.priorityOrder,
      ),
    ).toEqual([1, 2]);
    const partial = [...ok.slice(0, 2), `${line('2', 'b', [2, 2, 2, 2])},`, ...ok.slice(3)];
    expect(parseGroupementTable(partial.join('\n'), units, 'quartier').problems).toEqual([
      expect.objectContaining({ field: 'priority_order' }),
    ]);
  });

  it('refuses ranks beyond the number of groupements and values that are not numbers', () => {
    const csv = [
      HEADER,
      line('1', 'a', [1, 3, 1, 1]),
      line('2', 'b', [2, 2, 2, 2]),
      line('3', 'b', [2, 2, 2, 2]),
      line('4', 'b', [2, 2, 2, 2]),
    ].join('\n');
    expect(parseGroupementTable(csv, units, 'quartier').problems.map((p) => p.message)).toEqual([
      'line 2: rank 3 of MEAN_NET_TAXABLE_INCOME_2019 exceeds the number of groupements (2)',
    ]);
    const notNumbers = csv.replace('1.5,1,', 'abc,1,');
    expect(parseGroupementTable(notNumbers, units, 'quartier').problems[0]?.message).toMatch(
      /^line 2: density_2021 must be a number/,
    );
  });

  it('refuses an empty file, a file without data lines and a file that is not CSV', () => {
    expect(parseGroupementTable('', units, 'quartier').problems[0]?.message).toMatch(
      /no data lines/,
    );
    expect(parseGroupementTable(HEADER, units, 'quartier').problems[0]?.message).toMatch(
      /no data lines/,
    );
    expect(parseGroupementTable('a,"b\n1,2', units, 'quartier').problems[0]?.message).toMatch(
      /not a readable CSV/,
    );
  });

  it('refuses a table that puts no unit in any groupement', () => {
    const csv = [HEADER, ...['1', '2', '3', '4'].map((unit) => line(unit, '', [0, 0, 0, 0]))].join(
      '\n',
    );
    expect(parseGroupementTable(csv, units, 'quartier').problems.map((p) => p.message)).toEqual([
      'the file assigns no unit to any groupement',
    ]);
  });
});
