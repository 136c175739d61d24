/**
 * Profiles: which rules run at which severity, and the thresholds they use.
 * The default detects each table's framework; a JSON profile may force one
 * (`framework`: 2015 or 2021 for every table) and change severities,
 * thresholds and required levels. A bad profile is a ProfileError
 * with a message saying what is wrong.
 */
import type { Severity } from './findings';

export interface Thresholds {
  /** Lowest acceptable satisfaction target, in percent. */
  satisfactionMin: number;
  /** Share (0–1) of the money planned for the last two months that counts as back-loaded. */
  backLoadedShare: number;
  /** Tolerance for amount sums, in 万元. */
  amountTolerance: number;
  maxNameLength: number;
  maxValueLength: number;
}

export interface RequiredLevels {
  /** Required 一级 (canonical names) per framework. */
  level1: { '2015': string[]; '2021': string[] };
  /** Required 二级 per 一级 (canonical names); `anyOf` groups need one filled. */
  level2: { '2015': Record<string, string[]>; '2021': Record<string, string[]> };
}

/** An indicator a province fixes (固化指标): every project table must carry it. */
export interface RequiredIndicator {
  /** The 三级 name, or a part of it (matched without spaces and brackets). */
  name: string;
  /** Canonical 一级 / 二级 it must sit under, if any. */
  level1?: string;
  level2?: string;
}

/** Weight totals a province requires (national: 100, or 80 with per-一级 totals). */
export interface WeightRule {
  /** Accepted totals of a grid's weights. */
  totals: number[];
  /** Required total per 一级 (canonical names), if the province fixes them. */
  perLevel1?: Record<string, number>;
}

export interface Profile {
  name: string;
  /** 'auto' detects each table's framework; '2015' or '2021' is applied to every table. */
  framework: 'auto' | '2015' | '2021';
  /** Per-rule severity override; 'off' disables the rule. */
  severities: Record<string, Severity | 'off'>;
  thresholds: Thresholds;
  required: RequiredLevels;
  /**
   * The national system's rejection reason per rule id (一级指标类型错误 …): when set, each
   * finding's message names its reason.
   */
  reasons?: Record<string, string>;
  /** Weight totals (default: 100). */
  weights?: WeightRule;
  /** Indicators every project table must carry (固化指标). */
  requiredIndicators?: RequiredIndicator[];
  /** The allowed 指标值确定依据 categories (structure/basis-category). */
  basisCategories?: string[];
}

export class ProfileError extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
    this.name = 'ProfileError';
  }
}

export function defaultProfile(): Profile {
  return {
    name: 'default',
    framework: 'auto',
    severities: {},
    thresholds: {
      satisfactionMin: 80,
      backLoadedShare: 0.7,
      amountTolerance: 0.1,
      maxNameLength: 80,
      maxValueLength: 200,
    },
    required: {
      level1: {
        '2015': ['产出指标', '效益指标', '满意度指标'],
        '2021': ['产出指标', '成本指标', '效益指标', '满意度指标'],
      },
      level2: {
        '2015': { 产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'] },
        '2021': { 产出指标: ['数量指标', '质量指标', '时效指标'] },
      },
    },
  };
}

const SEVERITIES = ['error', 'warning', 'info', 'off'];

function isObj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Builds a profile from parsed JSON, on top of the default. `knownRules` lets
 * the caller reject unknown rule ids.
 */
export function parseProfile(
  json: unknown,
  knownRules?: readonly string[],
  base: (name: string) => Profile | undefined = () => undefined,
): Profile {
  if (!isObj(json))
    throw new ProfileError('配置文件必须是一个 JSON 对象。', 'The profile must be a JSON object.');
  let p = defaultProfile();
  if (json.extends !== undefined) {
    const b = typeof json.extends === 'string' ? base(json.extends) : undefined;
    if (!b)
      throw new ProfileError(
        `extends 只能是内置配置的名称（如 national），而不是“${String(json.extends)}”。`,
        `extends must name a built-in profile (e.g. national), not "${String(json.extends)}".`,
      );
    p = b;
  }
  for (const key of Object.keys(json)) {
    if (EXTRA_KEYS.includes(key)) continue;
    if (!['name', 'framework', 'severities', 'rules', 'thresholds', 'required'].includes(key)) {
      throw new ProfileError(
        `配置文件含有未知的项“${key}”；可用的项：name、framework、severities、thresholds、required。`,
        `Unknown profile key "${key}"; allowed: name, framework, severities, thresholds, required.`,
      );
    }
  }
  if (json.name !== undefined) {
    if (typeof json.name !== 'string')
      throw new ProfileError('name 必须是字符串。', 'name must be a string.');
    p.name = json.name;
  }
  if (json.framework !== undefined) {
    if (!['auto', '2015', '2021'].includes(String(json.framework)))
      throw new ProfileError(
        `framework 只能是 auto、2015 或 2021，而不是“${String(json.framework)}”。`,
        `framework must be auto, 2015 or 2021, not "${String(json.framework)}".`,
      );
    p.framework = String(json.framework) as Profile['framework'];
  }
  const sev = json.severities ?? json.rules;
  if (sev !== undefined) {
    if (!isObj(sev))
      throw new ProfileError(
        'severities 必须是“规则编号: 级别”的对象。',
        'severities must be an object of "rule id: severity".',
      );
    for (const [id, s] of Object.entries(sev)) {
      if (knownRules && !knownRules.includes(id))
        throw new ProfileError(`未知的规则编号“${id}”。`, `Unknown rule id "${id}".`);
      if (typeof s !== 'string' || !SEVERITIES.includes(s))
        throw new ProfileError(
          `规则“${id}”的级别必须是 error、warning、info 或 off。`,
          `Severity of "${id}" must be error, warning, info or off.`,
        );
      p.severities[id] = s as Severity | 'off';
    }
  }
  if (json.thresholds !== undefined) {
    if (!isObj(json.thresholds))
      throw new ProfileError('thresholds 必须是对象。', 'thresholds must be an object.');
    const limits: Record<keyof Thresholds, [number, number]> = {
      satisfactionMin: [0, 100],
      backLoadedShare: [0, 1],
      amountTolerance: [0, 1e9],
      maxNameLength: [1, 1e6],
      maxValueLength: [1, 1e6],
    };
    for (const [k, v] of Object.entries(json.thresholds)) {
      if (!(k in limits))
        throw new ProfileError(
          `未知的阈值“${k}”；可用：${Object.keys(limits).join('、')}。`,
          `Unknown threshold "${k}"; allowed: ${Object.keys(limits).join(', ')}.`,
        );
      const [lo, hi] = limits[k as keyof Thresholds];
      if (typeof v !== 'number' || !Number.isFinite(v) || v < lo || v > hi)
        throw new ProfileError(
          `阈值“${k}”必须是 ${lo} 到 ${hi} 之间的数。`,
          `Threshold "${k}" must be a number from ${lo} to ${hi}.`,
        );
      p.thresholds[k as keyof Thresholds] = v;
    }
  }
  if (json.required !== undefined) {
    const r = json.required;
    if (!isObj(r)) throw new ProfileError('required 必须是对象。', 'required must be an object.');
    for (const part of ['level1', 'level2'] as const) {
      const v = r[part];
      if (v === undefined) continue;
      if (!isObj(v))
        throw new ProfileError(
          `required.${part} 必须按框架（2015、2021）给出。`,
          `required.${part} must be keyed by framework (2015, 2021).`,
        );
      for (const fw of Object.keys(v)) {
        if (fw !== '2015' && fw !== '2021')
          throw new ProfileError(
            `required.${part} 的框架只能是 2015 或 2021。`,
            `required.${part} frameworks must be 2015 or 2021.`,
          );
        const val = v[fw];
        const okList = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === 'string');
        if (part === 'level2') {
          if (!isObj(val) || !Object.values(val).every(okList))
            throw new ProfileError(
              'required.level2 的每个框架必须是“一级: [二级…]”的对象。',
              'required.level2 per framework must map 一级 to a list of 二级.',
            );
        } else if (!okList(val)) {
          throw new ProfileError(
            `required.${part}.${fw} 必须是名称列表。`,
            `required.${part}.${fw} must be a list of names.`,
          );
        }
        (p.required[part] as Record<string, unknown>)[fw] = val;
      }
    }
  }
  parseExtras(json, p);
  return p;
}

/** Keys beyond the first profile format: national checks and province data. */
const EXTRA_KEYS = ['extends', 'reasons', 'weights', 'requiredIndicators', 'basisCategories'];

function stringList(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((s) => typeof s === 'string' && s.trim() !== '');
}

function parseExtras(json: Record<string, unknown>, p: Profile): void {
  if (json.reasons !== undefined) {
    if (!isObj(json.reasons) || !Object.values(json.reasons).every((v) => typeof v === 'string'))
      throw new ProfileError(
        'reasons 必须是“规则编号: 退回理由”的对象。',
        'reasons must be an object of "rule id: rejection reason".',
      );
    p.reasons = { ...(p.reasons ?? {}), ...(json.reasons as Record<string, string>) };
  }
  if (json.weights !== undefined) {
    const w = json.weights;
    const okTotals =
      isObj(w) &&
      Array.isArray(w.totals) &&
      w.totals.length > 0 &&
      w.totals.every((n) => typeof n === 'number' && n > 0);
    const okPer =
      isObj(w) &&
      (w.perLevel1 === undefined ||
        (isObj(w.perLevel1) && Object.values(w.perLevel1).every((n) => typeof n === 'number' && n >= 0)));
    if (!okTotals || !okPer)
      throw new ProfileError(
        'weights 必须形如 {"totals": [100, 80], "perLevel1": {"产出指标": 50}}。',
        'weights must look like {"totals": [100, 80], "perLevel1": {"产出指标": 50}}.',
      );
    p.weights = {
      totals: [...(w.totals as number[])],
      ...(w.perLevel1 ? { perLevel1: { ...(w.perLevel1 as Record<string, number>) } } : {}),
    };
  }
  if (json.requiredIndicators !== undefined) {
    const r = json.requiredIndicators;
    const ok =
      Array.isArray(r) &&
      r.every(
        (x) =>
          isObj(x) &&
          typeof x.name === 'string' &&
          x.name.trim() !== '' &&
          Object.keys(x).every((k) => ['name', 'level1', 'level2'].includes(k)) &&
          (x.level1 === undefined || typeof x.level1 === 'string') &&
          (x.level2 === undefined || typeof x.level2 === 'string'),
      );
    if (!ok)
      throw new ProfileError(
        'requiredIndicators 必须是 {"name": …, "level1": …, "level2": …} 的列表。',
        'requiredIndicators must be a list of {"name", "level1", "level2"}.',
      );
    p.requiredIndicators = (r as RequiredIndicator[]).map((x) => ({ ...x }));
  }
  if (json.basisCategories !== undefined) {
    if (!stringList(json.basisCategories))
      throw new ProfileError('basisCategories 必须是名称列表。', 'basisCategories must be a list of names.');
    p.basisCategories = [...json.basisCategories];
  }
}
