import type { Rule } from '../types';
import { totalAmount } from '../amount/budget';
import { isBlank, parsedWithUnit } from '../util';
import { normCore } from '../../vocabulary/normalize';

const OUTPUT_LEVEL2 = ['数量指标', '质量指标', '时效指标'];
/** Money paid out named as the output: 发放金额, 拨付资金, 资金支出总额. */
const MONEY_OUT =
  /(发放|拨付|支付|下达|使用|支出|安排)(的)?(金额|资金|经费|总额|数额)|(资金|经费|补助|补贴)(发放|拨付|支付|下达|使用|支出)(金额|总额|数额|数)/;
/** Staff on the payroll counted as the output. */
const STAFF =
  /在职(职工|人员|干部)|在编(人员|人数)|编制(内)?人数|^(单位|本单位|机关)?职工人数|^人员编制数?$|^(单位|本单位|机关)?工作人员(人)?数$/;
/** A name that is an activity, not a measure: 按时发放, 及时拨付. */
const ACTIVITY =
  /^(按时|及时|按期|按规定|按要求|足额|全额|按月|按季)(发放|拨付|支付|兑付|下达|到位|完成|缴纳)(到位)?$/;

/** A 数量/质量/时效 indicator that measures money or staff, or restates an activity, instead of a result. */
export const inputAsOutput: Rule = {
  id: 'structure/input-as-output',
  defaultSeverity: 'warning',
  description: {
    zh: '产出指标衡量的是投入或活动，不是结果',
    en: 'An output indicator measures an input or an activity',
  },
  explain: {
    zh: '数量、质量、时效指标应衡量项目做成了什么（发放了多少人、覆盖了多少户、多快办结），而不是花了多少钱（发放金额等于预算）、养了多少人（在职职工人数）或做了什么动作（按时发放）。这类指标填了也无法说明资金的产出。',
    en: 'Quantity, quality and timeliness indicators measure what the project achieves (people reached, households covered, time to completion), not the money spent (an amount equal to the budget), the staff employed (在职职工人数) or the activity itself (按时发放).',
  },
  messages: {
    staff: {
      zh: '“{{name}}”衡量的是单位的人员（投入），不是项目的产出；请改为服务对象、完成事项等结果指标，如“受益人数”“办结件数”。',
      en: '"{{name}}" counts the unit\'s staff (an input), not the project\'s output; measure results such as people served or cases closed (受益人数, 办结件数).',
    },
    activity: {
      zh: '“{{name}}”是一项工作动作，不是可考核的结果；请改为“发放及时率”“资金到位时间”等带指标值的结果指标。',
      en: '"{{name}}" is an activity, not a result that can be assessed; use a result with a target value, such as an on-time rate (发放及时率) or a date (资金到位时间).',
    },
    budget: {
      zh: '“{{name}}”的指标值 {{value}} 就是项目预算本身，衡量的是投入而不是产出；请改为资金带来的结果，如“补助发放人数”“受益户数”。',
      en: 'The target {{value}} of "{{name}}" is the project budget itself, which measures the input, not the output; measure what the money achieves, such as people paid (补助发放人数) or households reached (受益户数).',
    },
  },
  check({ table, report }) {
    const total = totalAmount(table);
    for (const grid of table.grids) {
      if (grid.columns.actual !== undefined) continue;
      for (const r of grid.rows) {
        if (isBlank(r.name) || !r.level2Std || !OUTPUT_LEVEL2.includes(r.level2Std)) continue;
        const name = normCore(r.name!.text);
        const shown = r.name!.text.trim();
        const at = { row: r.name!.row, col: r.name!.col };
        if (STAFF.test(name)) {
          report({
            at,
            messageId: 'staff',
            data: { name: shown },
          });
          continue;
        }
        if (ACTIVITY.test(name)) {
          report({
            at,
            messageId: 'activity',
            data: { name: shown },
          });
          continue;
        }
        if (total && !isBlank(r.value) && MONEY_OUT.test(name + normCore(r.description?.text ?? ''))) {
          const p = parsedWithUnit(r);
          if (p.kind !== 'number' || p.unitCategory !== 'money' || p.wan === undefined) continue;
          if (Math.abs(p.wan - total.wan) > 0.1 || total.wan <= 0) continue;
          report({
            at,
            messageId: 'budget',
            data: { name: shown, value: r.value!.text.trim() },
          });
        }
      }
    }
  },
};
