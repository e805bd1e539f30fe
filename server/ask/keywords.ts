// The words that tell the rules what a question asks, in Chinese and English (matched on normalised text).
export const KEYWORDS = {
  lead: /牵头|主导|领头|带头|主抓|抓总|主责|\blead(s|ing)?\b|\bled\b|in charge/iu,
  support: /配合|协助|协办|支持|责任单位|\bsupport(s|ed|ing)?\b|assist/iu,
  /** 参与: "takes part" — a supporting role for one unit's tasks, any role otherwise. */
  involve: /参与|参加|\binvolved\b|participat/iu,
  shared: /共同|一起|都|共享|同时|联合|共有|交集|之间|\bboth\b|\bshared?\b|together|in common|jointly|between/iu,
  partners: /合作|伙伴|协作|搭档|打交道|协同|\bpartners?\b|works? with|collaborat|cooperat/iu,
  path: /路径|关系|联系|关联|连接|怎么连|\bpath\b|relat|connect|\blinks?\b/iu,
  around: /周边|邻域|周围|关系图|关系网|网络图|附近|neighbo|around|surround/iu,
  most: /最多|最忙|最重|工作量|任务量|负担|排名|排行|前几|多少项|\bmost\b|busiest|workload|\brank/iu,
  noLead: /(没有|缺少|缺乏|无|缺|没)(明确)?(的)?牵头|no lead|without (a )?lead|lack(s|ing)? (a )?lead|unled/iu,
  multiLead: /多个牵头|多头|(两|2|几|多)个(以上)?(单位)?(共同)?牵头|multiple leads|several leads|more than one lead/iu,
  crowded: /参与单位(过多|太多|最多)|单位(过多|太多)|扎堆|crowded|too many units/iu,
  gaps: /责任缺口|缺口|责任(不清|空白)|accountability|\bgaps?\b/iu,
  target: /目标|指标|达到多少|预期值|\btargets?\b|\bgoals?\b|indicator/iu,
  overlap: /重叠|交叉|重复|单位对|哪两个|哪两家|overlap|\bpairs?\b/iu,
  community: /群组|社区|圈子|抱团|协作群|聚类|派系|经常一起|小团体|communit|cluster|\bgroups?\b/iu,
  stats: /多少|几个|几项|数量|统计|总共|一共|概况|how many|\bcount\b|statistic|\bstats\b|number of/iu,
  documents: /文件|文档|导入|哪些方案|documents?|\bfiles?\b|ingested/iu,
  search: /^(搜索|查找|检索|搜一下|搜|找一下)|^(search|find|look up)\b/iu,
  project: /项目|工程|走廊|projects?/iu,
  place: /地方|地点|河流|乡镇|哪里|places?|rivers?|\bwhere\b/iu,
  units: /单位|部门|谁|机构|哪个局|哪些局|哪家|主体|\bwho\b|\bunits?\b|departments?|agenc|bureaus?/iu,
  tasks: /任务|工作|事项|职责|做什么|干什么|干啥|tasks?|duties|\bwork\b/iu,
} as const;

export type Keyword = keyof typeof KEYWORDS;

export function keywordsIn(text: string): Set<Keyword> {
  const found = new Set<Keyword>();
  for (const [name, pattern] of Object.entries(KEYWORDS) as Array<[Keyword, RegExp]>) if (pattern.test(text)) found.add(name);
  return found;
}

/** Question words and fillers: what is left after them is the subject of a free-text filter. */
const FILLER = /哪些|哪个|跟|什么|多少|是否|有没有|有|是|的|了|吗|呢|和|与|及|都|请|全区|一下|列出|给出|查询|由|谁|负责|承担|哪项|哪一项|提到|提及|涉及|相关|关于|有关|\b(which|what|who|how|are|is|was|the|a|an|of|for|in|on|to|by|with|and|does|do|did|has|have|list|show|me|about|there|any|all)\b/giu;

/** The words of `rest` that are neither keywords nor fillers (GDP in 2027年GDP目标是多少). */
export function residual(rest: string, drop: Keyword[]): string {
  let s = rest.replace(/(19|20)\d{2}\s*年?/gu, ' ');
  for (const k of drop) s = s.replace(new RegExp(KEYWORDS[k].source, 'giu'), ' ');
  return s.replace(FILLER, ' ').replace(/[^\p{Script=Han}\p{L}\p{N}%]+/gu, ' ').trim().split(/\s+/u).filter((w) => w.length >= 2).join(' ');
}

export function yearIn(text: string): number | undefined {
  const m = /(?:^|\D)((?:19|20)\d{2})\s*年?/u.exec(text);
  return m ? Number(m[1]) : undefined;
}
