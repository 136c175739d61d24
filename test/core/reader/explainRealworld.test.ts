/**
 * `explain` on every real published table in shared/realworld: the table ranges and the role of every
 * column, as the reader should see them (see shared/realworld/README.md for each layout).
 */
import * as fs from 'fs';
import * as path from 'path';
import { explainWorkbook, formatExplanation } from '../../../src/core/reader/explain';
import { readWorkbookBytes } from '../../../src/xlsx/readGrid';

const dir = path.join(__dirname, '..', '..', '..', '..', 'shared', 'realworld');

/** file → sheet → tables: [range, framework, grids: [kind, "A:role …"] (grids sharing rows left out)]. */
type Want = Record<string, [string, string, [string, string][]][]>;
const SELF_EVAL = 'B:level1 C:level2 D:level3';
const expected: Record<string, Want> = {
  'w01-wuhai-2021.xlsx': {
    绩效目标表: [
      [
        'A1:I25',
        '2015',
        [['annual', 'A:level1 B:level2 C:level3 D:nature E:operator F:value G:unit H:weight']],
      ],
    ],
  },
  'w02-dongguan-2019.xlsx': {
    绩效目标批复表: [
      [
        'A1:H12',
        '2015',
        [
          ['period', 'B:level1 C:level2 D:level3 E:value'],
          ['annual', 'B:level1 F:level2 G:level3 H:value'],
        ],
      ],
    ],
  },
  'w03-qingshan-2020-school.xlsx': {
    绩效目标表: [['A1:E18', '2015', [['annual', 'B:level1 C:level2 D:level3 E:value']]]],
  },
  'w04-qingshan-2020-longterm.xlsx': {
    项目支出绩效目标表: [
      [
        'A1:G19',
        '2015',
        [
          ['period', 'A:level1 B:level2 C:level3 D:value'],
          ['annual', 'A:level1 E:level2 F:level3 G:value'],
        ],
      ],
    ],
  },
  'w05-chencang-2020.xlsx': {
    绩效目标表: [['A1:E15', '2015', [['annual', 'B:level1 C:level2 D:level3 E:value']]]],
  },
  'w06-qingjian-2021.xlsx': {
    附表1: [['A1:E16', '2015', [['annual', 'B:level1 C:level2 D:level3 E:value']]]],
  },
  'w07-anxi-2022.xlsx': {
    附件: [['A14:L20', '2015', [['annual', 'B:level1 C:level2 D:level3 E:description F:value']]]],
  },
  'w08-daying-2020.xlsx': {
    项目绩效目标: [['B1:E7', '2015', [['annual', 'B:level1 C:level2 D:level3 E:value']]]],
  },
  'w09-zhongjiang-2022-selfeval.xlsx': {
    绩效目标自评表: [['A1:I22', '2015', [['annual', `${SELF_EVAL} E:weight F:value G:actual H:score`]]]],
  },
  'w10-tangxi-2022-selfeval.xlsx': {
    委托业务项目: [['A1:I23', '2015', [['annual', `${SELF_EVAL} E:value F:actual G:weight H:score`]]]],
    村级补助及运转经费: [['A1:I21', '2015', [['annual', `${SELF_EVAL} E:value F:actual G:weight H:score`]]]],
  },
  'w11-xiaoxian-2023-selfeval.xlsx': {
    绩效目标自评表: [['A1:I31', '2015', [['annual', `${SELF_EVAL} E:weight F:value G:actual H:score`]]]],
  },
  'w12-suixi-2019-selfeval.xlsx': {
    临时救助: [['A1:I19', '2015', [['annual', `${SELF_EVAL} E:weight F:value G:actual H:score`]]]],
  },
  'w13-lingling-2021-dept-selfeval.xlsx': {
    部门整体支出绩效自评表: [
      ['A1:H26', '2015', [['annual', 'A:level1 B:level2 C:level3 D:value E:actual F:weight G:score']]],
    ],
  },
  'w14-jinzhai-2023-dept-selfeval.xlsx': {
    部门整体支出绩效自评表: [
      ['A1:I19', '2015', [['annual', `${SELF_EVAL} E:value F:actual G:weight H:score`]]],
    ],
  },
  'w15-bozhou-2023.xlsx': {
    项目支出绩效目标表: [
      [
        'A1:H12',
        '2015',
        [
          ['period', 'B:level1 C:level2 D:level3 E:value'],
          ['annual', 'B:level1 F:level2 G:level3 H:value'],
        ],
      ],
    ],
  },
};

const have = fs.existsSync(dir);
const files = have ? fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx')) : [];
const explained = (f: string) => explainWorkbook(readWorkbookBytes(fs.readFileSync(path.join(dir, f)), f));

/** "A:level1 B:level2 …" sorted by column. */
function roles(cols: { letter: string; role: string }[]): string {
  return [...cols]
    .sort((a, b) => a.letter.length - b.letter.length || a.letter.localeCompare(b.letter))
    .map((c) => `${c.letter}:${c.role}`)
    .join(' ');
}

(have ? describe : describe.skip)('explain on the real published tables', () => {
  it('covers every realworld file', () => {
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [file, sheets] of Object.entries(expected))
    it(`${file}: table ranges and column roles`, () => {
      const ex = explained(file);
      const got: Want = {};
      for (const s of ex)
        got[s.sheet] = s.tables.map((t) => [
          t.range,
          t.framework,
          t.grids.filter((g) => !g.sharesRows).map((g): [string, string] => [g.kind, roles(g.columns)]),
        ]);
      expect(got).toEqual(sheets);
    });

  it('says why: content-confirmed operator column, shared 一级 of side-by-side halves, total and sign-off ends', () => {
    const w01 = explained('w01-wuhai-2021.xlsx')[0].tables[0].grids[0];
    expect(w01.columns.find((c) => c.role === 'operator')).toMatchObject({ letter: 'E', source: 'content' });
    expect(w01.columns.find((c) => c.role === 'value')).toMatchObject({ letter: 'F', source: 'header' });
    const w02 = explained('w02-dongguan-2019.xlsx')[0].tables[0].grids;
    expect(w02[1].columns.find((c) => c.role === 'level1')).toMatchObject({ letter: 'B', source: 'shared' });
    const w09 = explained('w09-zhongjiang-2022-selfeval.xlsx')[0].tables[0];
    expect(w09.selfEvaluation).toBe(true);
    expect(w09.grids[0].end).toMatchObject({ row: 23 });
    expect(w09.grids[0].rowsTaken).toEqual([12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22]);
  });

  it('prints every sheet in Chinese and English without throwing', () => {
    for (const f of files) {
      const ex = explained(f);
      const zh = formatExplanation(ex, 'zh');
      const en = formatExplanation(ex, 'en');
      for (const s of ex) {
        expect(zh).toContain(`工作表「${s.sheet}」`);
        expect(en).toContain(`Sheet "${s.sheet}"`);
      }
    }
  });
});
