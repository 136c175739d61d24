import type { Text } from '../../text';
import { remembered } from '../../memo';
import type { Rule } from '../types';
import { textCells } from '../textCells';
import {
  DOUBLED_FUNCTION_NEXT,
  DOUBLED_FUNCTION_WORDS,
  REDUPLICATIONS,
  TYPO_ENTRIES,
  type TypoEntry,
} from './typoDictionary';

export interface TypoHit {
  /** Index in the text. */
  at: number;
  wrong: string;
  right: string;
  reason: Text;
}

function holds(e: TypoEntry, before: string, after: string): boolean {
  if (e.next && !e.next.test(after)) return false;
  if (e.notNext && e.notNext.test(after)) return false;
  if (e.prev && !e.prev.test(before)) return false;
  if (e.notPrev && e.notPrev.test(before)) return false;
  return true;
}

const CJK = /[\u3400-\u9fff]/;
/** A phrase of three or more characters written twice in a row (困难群体困难群体, 854万854万). */
const REPEATED = /([\u3400-\u9fffA-Za-z0-9.%％]{3,20}?)\1/g;

/** Dictionary entries by the first character of their wrong form, in dictionary order. */
const BY_FIRST = new Map<string, TypoEntry[]>();
for (const e of TYPO_ENTRIES) {
  const list = BY_FIRST.get(e.wrong[0]);
  if (list) list.push(e);
  else BY_FIRST.set(e.wrong[0], [e]);
}
/** Function words never doubled, with the words ending in them and what may follow them. */
const DOUBLED = new Map(
  Object.entries(DOUBLED_FUNCTION_WORDS).map(([ch, wordEnd]) => [
    ch,
    { wordEnd, next: DOUBLED_FUNCTION_NEXT[ch] },
  ]),
);
/** 1: some entry's wrong form starts with this code unit; 2: a function word. */
const START = new Uint8Array(0x10000);
for (const ch of BY_FIRST.keys()) START[ch.charCodeAt(0)] |= 1;
for (const ch of DOUBLED.keys()) START[ch.charCodeAt(0)] |= 2;

/** The slips in one text: dictionary confusions, doubled function words, repeated phrases. */
export function findTypos(text: string): TypoHit[] {
  const hits: TypoHit[] = [];
  // One pass: only the characters a slip can start with are looked at.
  for (let i = 0; i < text.length; i++) {
    const flag = START[text.charCodeAt(i)];
    if (flag === 0) continue;
    const ch = text[i];
    if (flag & 1) {
      for (const e of BY_FIRST.get(ch)!) {
        if (!text.startsWith(e.wrong, i)) continue;
        if (
          !holds(
            e,
            text.slice(Math.max(0, i - 8), i),
            text.slice(i + e.wrong.length, i + e.wrong.length + 12),
          )
        )
          continue;
        hits.push({ at: i, wrong: e.wrong, right: e.right, reason: e.reason });
        break; // one reading of a position: the first entry that holds
      }
    }
    if (flag & 2 && text[i + 1] === ch) {
      const d = DOUBLED.get(ch)!;
      if (text[i + 2] === ch) continue; // three in a row: reported from the first pair
      if (d.wordEnd.test(text.slice(Math.max(0, i - 3), i))) continue;
      if (d.next?.test(text.slice(i + 2))) continue;
      hits.push({
        at: i,
        wrong: ch + ch,
        right: ch,
        reason: { zh: `“${ch}”重复书写`, en: `${ch} is written twice` },
      });
    }
  }
  if (text.length >= 6)
    for (const m of text.matchAll(REPEATED)) {
      const unit = m[1];
      if (!CJK.test(unit) || m.index === undefined) continue;
      if (REDUPLICATIONS.some((w) => m[0].includes(w) && w.length >= unit.length)) continue;
      hits.push({
        at: m.index,
        wrong: m[0],
        right: unit,
        reason: { zh: `“${unit}”连续重复`, en: `"${unit}" is repeated` },
      });
    }
  return hits.length > 1 ? hits.sort((a, b) => a.at - b.at) : hits;
}

/** findTypos per text (texts repeat across tables; the hits are read, never changed). */
const typosOf = remembered(findTypos);

/** A word confused for another, a doubled function word, or a repeated phrase. */
export const typo: Rule = {
  id: 'text/typo',
  defaultSeverity: 'warning',
  description: { zh: '错别字或重复字词', en: 'A typo, or a doubled word' },
  explain: {
    zh: '按内置的公文常见错别字词典（每条注明适用语境和依据，如后接计划、文件时“根绝”应为“根据”，后接日期时“截止”应为“截至”，财务用语“帐”应为“账”，“权订”应为“拟订”，河道、基础设施等同音误写）检查所有文字；并检查重复书写的虚词（及及、的的）和连续重复的词组（困难群体困难群体、854万854万）。“常常”“人人”等正常叠词和“以及及时”这类词界不算错误。词典宁缺毋滥：只收在所注语境中绝不会是正确用法的写法。',
    en: 'Checks every text against a built-in dictionary of slips common in official writing, each with its context and source (根绝 before a plan or document → 根据, 截止 before a date → 截至, 帐 in finance terms → 账, 权订 → 拟订, homophones such as 问道/河道 and 实施/设施), plus doubled function words (及及, 的的) and phrases written twice (困难群体困难群体, 854万854万). Real reduplications (常常, 人人) and word boundaries (以及|及时) are fine. Entries are added only where the wrong form is never right in its context.',
  },
  messages: {
    typo: {
      zh: '{{what}}中“{{context}}”的“{{wrong}}”疑为“{{right}}”之误（{{reason}}）；请核对改正。',
      en: 'In the {{what}}, "{{wrong}}" in "{{context}}" looks like a slip for "{{right}}" ({{reason}}); check and correct it.',
    },
  },
  check({ table, report }) {
    for (const { cell, what } of textCells(table)) {
      const text = String(cell.value);
      for (const h of typosOf(text)) {
        const ctx = text.slice(Math.max(0, h.at - 4), h.at + h.wrong.length + 4).replace(/\s+/g, ' ');
        report({
          at: { row: cell.row, col: cell.col },
          messageId: 'typo',
          data: {
            what,
            context: ctx,
            wrong: h.wrong,
            right: h.right,
            reason: h.reason,
          },
        });
      }
    }
  },
};
