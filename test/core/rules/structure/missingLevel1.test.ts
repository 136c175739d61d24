import { missingLevel1 } from '../../../../src/core/rules/structure/missingLevel1';
import { periodAndAnnual, projectTable, projectTable2021, ruleTester } from '../ruleTester';

ruleTester(missingLevel1).run({
  valid: [
    { name: '2015 table with 产出, 效益, 满意度 all filled', workbook: projectTable() },
    { name: '2021 table with 成本指标 filled and no 可持续影响', workbook: projectTable2021() },
    { name: 'a sheet without merges (levels carried down)', workbook: projectTable({ noMerges: true }) },
    {
      name: 'a 实施期 grid with names but no values still has its 一级s filled (missing-value reports the values)',
      workbook: periodAndAnnual(['', '', '', '', ''], ['≥500人', '≥95%', '12月底前', '≥80%', '≥90%']),
    },
    {
      name: '效果指标 is accepted for 效益指标; empty 二级 placeholders beside a filled one',
      workbook: projectTable({
        rows: [
          ['产出指标', '数量指标', '还本规模', '年度还本总额', '5851万元', '根据到期债券计算'],
          ['', '质量指标', '还本违约率', '违约还本金额占总到期债券的比重', '0', '上级文件'],
          ['', '时效指标', '迟付次数', '延迟还本次数', '0', '工作要求'],
          ['', '成本指标', '预算资金完成率', '全年预算资金支出完成率', '100%', '工作要求'],
          ['效果指标', '经济效益指标', '按期还本率', '按照预定时间数额支付情况', '100%', '工作要求'],
          ['', '社会效益指标', '', '', '', ''],
          ['', '生态效益指标', '', '', '', ''],
          ['', '可持续性影响', '', '', '', ''],
          ['满意度指标', '服务对象满意度指标', '群众满意度', '群众满意程度', '85%', '工作要求'],
        ],
      }),
    },
    {
      name: 'legacy form: 社会公众或服务对象满意度指标 as a 二级 under 效益 stands for the 满意度 一级',
      workbook: projectTable({
        rows: [
          ['产出指标', '数量指标', '培训人数', '年度培训人数', '≥500人', '计划标准'],
          ['', '质量指标', '培训合格率', '考核合格人数占比', '≥95%', '行业标准'],
          ['', '时效指标', '培训完成时间', '全部培训完成的时间', '12月底前', '计划标准'],
          ['', '成本指标', '人均培训成本', '人均培训费用', '≤800元', '历史标准'],
          ['效益指标', '社会效益指标', '参训人员就业率', '半年内就业的比例', '≥80%', '历史标准'],
          ['', '社会公众或服务对象满意度指标', '参训人员满意度', '问卷调查满意的比例', '≥90%', '行业标准'],
        ],
      }),
    },
    {
      name: 'a 2021 table is never flagged for lacking 可持续影响 (a 2015-only habit)',
      workbook: projectTable2021({
        rows: [
          ['产出指标', '数量指标', '培训人数', '≥', '500', '人', '计划标准'],
          ['', '质量指标', '培训合格率', '≥', '95', '%', '行业标准'],
          ['', '时效指标', '培训完成时限', '≤', '12', '月', '计划标准'],
          ['成本指标', '经济成本指标', '人均培训成本', '≤', '800', '元', '历史标准'],
          ['效益指标', '经济效益指标', '参训人员人均增收', '≥', '2000', '元', '历史标准'],
          ['', '社会效益指标', '参训人员就业率', '≥', '80', '%', '历史标准'],
          ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥', '90', '%', '行业标准'],
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'a sheet without merges: the 效益 row’s 一级 is carried down to its empty rows',
      workbook: projectTable({ noMerges: true, set: { C11: '', D11: '', E11: '', F11: '' } }),
      findings: [{ cell: 'A11', messageId: 'empty', messageIncludes: '效益指标' }],
    },
    {
      name: 'seed 102001006: 效果指标 rows all empty and 满意度指标 row empty',
      workbook: projectTable({
        rows: [
          ['产出指标', '数量指标', '农业保险投保面积', '年度投保面积', '≥3万亩', '计划标准'],
          ['', '质量指标', '理赔到位率', '应赔尽赔', '100%', '行业标准'],
          ['', '时效指标', '保费拨付时间', '保费拨付到位的时间', '12月底前', '计划标准'],
          ['', '成本指标', '保费补贴', '财政保费补贴', '≤120万元', '计划标准'],
          ['效果指标', '经济效益指标', '', '', '', ''],
          ['', '社会效益指标', '', '', '', ''],
          ['', '生态效益指标', '', '', '', ''],
          ['', '可持续性影响', '', '', '', ''],
          ['满意度指标', '服务对象满意度指标', '', '', '', ''],
        ],
      }),
      findings: [
        { cell: 'A11', messageId: 'empty', severity: 'error', messageIncludes: '效益指标' },
        { cell: 'A15', messageId: 'empty', severity: 'error', messageIncludes: '满意度指标' },
      ],
    },
    {
      name: '2021 table whose 成本指标 一级 has no filled indicator',
      workbook: projectTable2021({ set: { C13: '', D13: '', E13: '', F13: '', G13: '' } }),
      findings: [{ cell: 'A13', messageId: 'empty', severity: 'error', messageIncludes: '成本指标' }],
    },
    {
      name: 'no 满意度 rows at all: reported at the grid header',
      workbook: projectTable({
        rows: [
          ['产出指标', '数量指标', '培训人数', '年度培训人数', '≥500人', '计划标准'],
          ['', '质量指标', '培训合格率', '考核合格人数占比', '≥95%', '行业标准'],
          ['', '时效指标', '培训完成时间', '全部培训完成的时间', '12月底前', '计划标准'],
          ['', '成本指标', '人均培训成本', '人均培训费用', '≤800元', '历史标准'],
          ['效益指标', '社会效益指标', '参训人员就业率', '半年内就业的比例', '≥80%', '历史标准'],
        ],
      }),
      findings: [{ cell: 'A6', messageId: 'missing', messageIncludes: '缺少一级指标“满意度指标”' }],
    },
    {
      name: 'a 2021 table without 效益 rows',
      workbook: projectTable2021({
        rows: [
          ['产出指标', '数量指标', '培训人数', '≥', '500', '人', '计划标准'],
          ['', '质量指标', '培训合格率', '≥', '95', '%', '行业标准'],
          ['', '时效指标', '培训完成时限', '≤', '12', '月', '计划标准'],
          ['成本指标', '经济成本指标', '人均培训成本', '≤', '800', '元', '历史标准'],
          ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥', '90', '%', '行业标准'],
        ],
      }),
      findings: [{ cell: 'A9', messageId: 'missing', messageIncludes: '效益指标' }],
    },
  ],
});
