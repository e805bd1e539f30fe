// The real question sets without the seed (real, real2, real3, real4, real5, real6, real7, real8, real9, real10, real11, real12, real13, real14, real15, real16, real17, real18, real19, real20, real21, real22, real23, real24, real25, real26, real27): each set's plans alone, accuracy per type, dev and held-out.
import { beforeAll, describe, expect, it } from 'vitest';
import { accuracyByType, askerOver, loadQuestions, summary, type QuestionFile, type Verdict } from './ask-realistic-set.ts';

interface RealSet {
  name: string;
  docs: string;
  dev: QuestionFile;
  fresh: QuestionFile;
  /** Questions in both files together, and per type in dev. */
  minQuestions: number;
  minPerType: number;
  /** What the rules reach on the tuned dev file, overall and per type (the issue aims at 0.95 / 0.90). */
  overall: number;
  everyType: number;
  /** Types held lower, each with its reason beside it. */
  typeFloor?: Record<string, number>;
}

const SETS: RealSet[] = [
  // 74/74 since the English gazetteer.
  { name: 'real (广州, 黑龙江, 丽水, 莲都, 沙坪坝, 渝中)', docs: 'real-docs', dev: 'real-dev', fresh: 'real-fresh',
    minQuestions: 100, minPerType: 5, overall: 0.95, everyType: 0.8 },
  // 兰州's 市建委 and 市建设局 (two units of one plan) are merged into one by the units registry, so one direct question fails.
  { name: 'real2 (辽宁, 沈阳, 辽中, 兰州, 河南, 通州)', docs: 'real2-docs', dev: 'real2-dev', fresh: 'real2-fresh',
    minQuestions: 60, minPerType: 2, overall: 0.95, everyType: 0.9, typeFloor: { direct: 0.5 } },
  // 35/41 after tuning; the six misses are the parser's (units it does not read), not the reader's: 潮州 item 2's cut
  // `牵头督导,市公安局、…` and the split `各县、区人民政府(管委会)`, 济宁's `…参加` list, 上海's 人民银行上海总部 and 市地税局.
  { name: 'real3 (辽宁, 内江, 济宁, 上海, 潮州, 十堰, 奉化)', docs: 'real3-docs', dev: 'real3-dev', fresh: 'real3-fresh',
    minQuestions: 60, minPerType: 2, overall: 0.85, everyType: 0.66, typeFloor: { negation: 0.33 } },
  // 48/57 first, 55/57 after tuning (SOURCES.md). The two misses are the parser's: 内蒙古's traditional text converted to
  // a mixed form (盐堿地), so 盐碱地 is found nowhere; 武汉's page gives its document no jurisdiction, so no answer names 武汉.
  { name: 'real4 (广州, 辽宁, 徐州, 苍南, 大竹, 内蒙古, 琼中, 武汉)', docs: 'real4-docs', dev: 'real4-dev', fresh: 'real4-fresh',
    minQuestions: 90, minPerType: 4, overall: 0.95, everyType: 0.9, typeFloor: { entities: 0.75, crossdoc: 0.75 } },
  // 50/60 first, 56/60 after tuning (SOURCES.md). The four misses are the parser's: 咸安's plan gets no jurisdiction (its
  // title names no place; 咸安 is only inside unit and road names), so no answer can name 咸安 or compare it.
  { name: 'real5 (安徽, 咸安, 金乡, 吴江, 桐乡, 谯城, 株洲, 玉林)', docs: 'real5-docs', dev: 'real5-dev', fresh: 'real5-fresh',
    minQuestions: 90, minPerType: 4, overall: 0.9, everyType: 0.9, typeFloor: { comparison: 0.75, crossdoc: 0.25 } },
  // 57/63 first, 59/63 after tuning (SOURCES.md). Counting: the parser keeps 9 of 金东 item 1's 10 协同单位 (傅村镇 is
  // lost), and 区卫建局 is one edit from both 区住建局 and 区卫健局 (the tie goes to 住建局). Crossdoc: 嘉鱼's plan gets no
  // jurisdiction (嘉鱼 is only in 涉及嘉鱼 and 嘉鱼经济开发区), and a bare 住建局 is 连江's unit of that name, not every 住建局.
  { name: 'real6 (广州, 金东, 连江, 安徽, 嘉鱼, 官渡, 沈河, 江西)', docs: 'real6-docs', dev: 'real6-dev', fresh: 'real6-fresh',
    minQuestions: 100, minPerType: 4, overall: 0.9, everyType: 0.9, typeFloor: { counting: 0.5, crossdoc: 0.7 } },
  // 57/64 first, 64/64 after tuning (SOURCES.md; three of the first misses were expectations the judge could not match).
  { name: 'real7 (包头, 广州, 安徽, 铜川, 诸暨, 青岛, 鞍山, 汉阳)', docs: 'real7-docs', dev: 'real7-dev', fresh: 'real7-fresh',
    minQuestions: 100, minPerType: 4, overall: 0.95, everyType: 0.9 },
  // 60/64 first, 64/64 after tuning (SOURCES.md).
  { name: 'real8 (芜湖, 荆州, 宁波, 长春, 江苏, 兴平, 全国爱卫会, 广东)', docs: 'real8-docs', dev: 'real8-dev', fresh: 'real8-fresh',
    minQuestions: 100, minPerType: 4, overall: 0.95, everyType: 0.9 },
  // 58/64 first, 64/64 after tuning (SOURCES.md).
  { name: 'real9 (钢城, 江门, 黄冈, 嵊泗, 苏州, 黑龙江, 四川, 阜阳)', docs: 'real9-docs', dev: 'real9-dev', fresh: 'real9-fresh',
    minQuestions: 100, minPerType: 4, overall: 0.95, everyType: 0.9 },
  // 59/66 first, 66/66 after tuning (SOURCES.md).
  { name: 'real10 (黄石, 黄石港区, 宁波, 永康, 包头, 宣城, 苏州, 平顶山)', docs: 'real10-docs', dev: 'real10-dev', fresh: 'real10-fresh',
    minQuestions: 100, minPerType: 4, overall: 0.95, everyType: 0.9 },
  // 66/69 first, 69/69 after tuning (SOURCES.md).
  { name: 'real11 (鞍山, 海城, 舟山 2020, 舟山 2023, 咸宁, 监利, 东莞, 盘锦)', docs: 'real11-docs', dev: 'real11-dev', fresh: 'real11-fresh',
    minQuestions: 100, minPerType: 4, overall: 0.95, everyType: 0.9 },
  // 56/69 first, 59/69 after a first round of tuning (SOURCES.md). Held lower where the ten misses are: plans the parser gives
  // no place (宿州 2022, 六安 2017, 青岛 2026) named by place and year, so a year does not reach them (scoped, crossdoc); the
  // units of one plan counted or excepted (counting, negation); tasks naming a county asked as its 项目 (entities); a
  // request in words the text splits (农机购置补贴, indirect). Raise each floor as its rule lands.
  { name: 'real12 (国务院 2004, 武汉, 黄石港区 2025, 青岛 2026, 宿州 2022, 宿州 2023, 六安 2017, 六安 2021)', docs: 'real12-docs', dev: 'real12-dev', fresh: 'real12-fresh',
    minQuestions: 100, minPerType: 4, overall: 0.85, everyType: 0.9,
    typeFloor: { indirect: 0.85, counting: 0.8, negation: 0.75, entities: 0.75, scoped: 0.5, crossdoc: 0.55 } },
  // 54/68 first, 58/68 after a first round of tuning, 62/68 after the round on real13-fresh's misses (SOURCES.md). Held lower
  // where the six misses are: three cross-document questions (one item named in two 大气 plans answered for one plan only,
  // 市场监管部门 across three plans answered for 拱墅's body only, the 2024 leads 2023 lacks); a 文号 the parser reads
  // with words glued before it (拱墅, scoped); a task named by a piece that opens on a place (宁波枢纽空铁一体那条, counting);
  // 金华's PM2.5 37 that is not a parsed target. 64/68 after asktune13 (the 文号
  // on its own line, function words over 总局 and branches, one item in two plans, one version lacking the other's
  // tasks): crossdoc keeps 2024's 临空航空口岸局, which the plan lists as 责任单位, not 牵头. Raise each floor as its rule lands.
  { name: 'real13 (健康中国 2023, 浙江 2014, 拱墅 2018, 金华 county 2018, 浙江 city 土壤 2017, 海曙 2023, 海曙 2024, 铜川 2025)', docs: 'real13-docs', dev: 'real13-dev', fresh: 'real13-fresh',
    minQuestions: 100, minPerType: 4, overall: 0.94, everyType: 0.9, typeFloor: { colloquial: 0.75, counting: 0.8, targets: 0.8, crossdoc: 0.85 } },
  // 54/70 first (SOURCES.md), 70/70 after a round of tuning on both files (asktune14). Held a little under: one miss in a type
  // of four is 75%, so every type's floor is that, and the whole set three misses at most (67/70).
  { name: 'real14 (咸宁 2016, 咸宁 2023, 国家 知识产权 2021, 浙江 知识产权 2016, 天津 2023, 天津 2024, 芜湖 2019, 青岛 2023)', docs: 'real14-docs', dev: 'real14-dev', fresh: 'real14-fresh',
    minQuestions: 100, minPerType: 4, overall: 0.95, everyType: 0.75 },
  // 46/68 first (SOURCES.md), 67/68 after a round of tuning on both files (asktune16). Held a little under: one miss in a type
  // of four is 75%, so every type's floor is that, and the whole set three misses at most (65/68).
  { name: 'real15 (杨浦 2020 Q2, 杨浦 2020 Q3, 安庆 2021, 蚌埠 2021, 玉环 2021 分工, 玉环 2021 通报, 六盘水 2015, 汶上 2023)', docs: 'real15-docs', dev: 'real15-dev', fresh: 'real15-fresh',
    minQuestions: 100, minPerType: 4, overall: 0.95, everyType: 0.75 },
  // 49/69 first (SOURCES.md), 64/69 after a round of tuning on both files (asktune18). Held a little under: one miss more at
  // most (0.9 is 63/69), one miss in a type of four (75%), and crossdoc at its 4/8 (its misses are left in SOURCES.md).
  { name: 'real16 (青浦 2024, 金山 2019, 淮南 2023, 淮南 2025, 青海 2025, 西安南城 2009, 十堰 2016, 营口 2016)', docs: 'real16-docs', dev: 'real16-dev', fresh: 'real16-fresh',
    minQuestions: 100, minPerType: 4, overall: 0.9, everyType: 0.75, typeFloor: { crossdoc: 0.5 } },
  // 55/73 first (SOURCES.md), 66/73 after a round of tuning on both files (asktune20). Held a little under: two misses more at
  // most (0.87 is 64/73), 3/5 in a type of five, and comparison and crossdoc one miss under their 3/4 and 6/8 (the misses
  // left, most of them the parser's short reading of 长沙 and 龙湾/鹿城, are in SOURCES.md).
  { name: 'real17 (舟山 2022, 嵊泗 2023, 长沙 2012, 长沙 2021, 龙湾 2025, 鹿城 2025, 德州 2023, 七宝 2020)', docs: 'real17-docs', dev: 'real17-dev', fresh: 'real17-fresh',
    minQuestions: 100, minPerType: 4, overall: 0.87, everyType: 0.6, typeFloor: { comparison: 0.5, crossdoc: 0.625 } },
  // 50/73 first (SOURCES.md), 62/73 after a round of tuning on dev (asktune22), 64/73 with real19's scope rule, 66/73 (asktune24). Held a little
  // under: four misses more at most (0.82 is 60/73), half of a type of four, and one miss under negation's 3/5 and structure's
  // (the misses left — plans whose titles the parser misreads, 静安's 行动一…六 not sections — are in SOURCES.md).
  { name: 'real18 (松江 2025, 静安 2023, 杨浦 2022, 虹口 2026, 扬州 2023, 广东 2025, 遂宁 2016, 锦州 2025)', docs: 'real18-docs', dev: 'real18-dev', fresh: 'real18-fresh',
    minQuestions: 100, minPerType: 4, overall: 0.82, everyType: 0.5, typeFloor: { negation: 0.4, structure: 0.4 } },
  // Held aside until every merge of its round: 37/73 first (SOURCES.md), 49/73 after a short round on dev (asktune23), 56/73 (asktune24). Held a
  // little under: two misses more at most (0.64 is 47/73), two of five in a type; crossdoc opened at 1/8 (7/8 after asktune24).
  { name: 'real19 (青浦 2025, 虹口 2022, 徐汇 2017, 松江 2026, 古美路 2022, 奉贤 2023, 浙江 2026, 国家 2024)', docs: 'real19-docs', dev: 'real19-dev', fresh: 'real19-fresh',
    minQuestions: 100, minPerType: 4, overall: 0.64, everyType: 0.4, typeFloor: { crossdoc: 0.125 } },
  // 44/72 first (SOURCES.md), 64/72 after a round of tuning on dev (asktune25). Held a little under: two misses more at most
  // (0.86 is 62/72), half of a type of four, and one miss under counting's 5/7 and crossdoc's 6/8 (the misses left: the
  // annexes' counts and 亩 by 街镇, 崇明's prose duty behind a topic word, the two notices' 推进较慢 counts).
  { name: 'real20 (嘉定 2026, 崇明 2020, 奉贤 2024 违法用地, 长宁 2019 消防, 长宁 2019 一网通办, 成都 2021, 宿州 2021, 相山 2024)', docs: 'real20-docs', dev: 'real20-dev', fresh: 'real20-fresh',
    minQuestions: 100, minPerType: 4, overall: 0.86, everyType: 0.5 },
  // 56/73 first (SOURCES.md), 70/73 after a round of tuning on dev (asktune26). Held a little under: two misses more at most
  // (0.92 is 68/73), half of a type of four (the misses left: 头桥集团's count, where the parser gives item 2's closing
  // 责任单位 to its sub-item (3) too, and the two 公路 plans' 不超过三年 / 五年 adjustment periods).
  { name: 'real21 (奉贤 耕地 2020, 上海 耕地 2021, 崇明 公路 2021, 奉贤 公路 2021, 黄浦 消防 2020, 静安 消防 2019, 江苏 劳动保障 2007, 宁波 2004)', docs: 'real21-docs', dev: 'real21-dev', fresh: 'real21-fresh',
    minQuestions: 100, minPerType: 4, overall: 0.92, everyType: 0.5 },
  // 58/73 first (SOURCES.md), 69/73 after a round of tuning on dev (asktune27). Held a little under: two misses more at most
  // (0.91 is 67/73), half of a type of four (English 2/4, the other tuner's lexicon); the misses left — 无锡 item 4's bare 人保局,
  // 镇海's plan with no place (jurisdiction 区) in a side-by-side target — are the parser's (SOURCES.md).
  { name: 'real22 (上海 排水 2025, 黄浦 地下空间 2025, 黄浦 风貌遴选 2025, 静安 风貌遴选 2022, 无锡 2011, 徐州 2010, 镇海 2011, 灵璧 卫健委 2021)', docs: 'real22-docs', dev: 'real22-dev', fresh: 'real22-fresh',
    minQuestions: 100, minPerType: 4, overall: 0.91, everyType: 0.5 },
  // 59/74 and 45/58 first, held aside to the end of the round (SOURCES.md); 73/74 after a round of tuning on dev (asktune28).
  // Held a little under: two misses more at most (0.95 is 71/74), half of a type of four (the miss left — 普陀's 职责分工
  // counted 7 of its 8 blocks, 各建设单位 being no unit node — is the parser's).
  { name: 'real23 (上海 燃气 2022, 上海 燃气 2023, 普陀 海绵 2025, 临港 海绵 2019, 宝山 垃圾分类 2019, 友谊路 垃圾分类 2019, 福建 2005, 开封 2005)', docs: 'real23-docs', dev: 'real23-dev', fresh: 'real23-fresh',
    minQuestions: 100, minPerType: 4, overall: 0.95, everyType: 0.5 },
  // 58/72 first (SOURCES.md), 70/72 after a round of tuning on dev (asktune29). Held a little under: two misses more at most
  // (0.94 is 68/72), half of a type of four (the misses left: 嘉兴's 综合能耗 beside 黄冈's 能耗 in a side-by-side lead, and
  // 青浦's 上位文件, both cross-document).
  { name: 'real24 (虹口 风貌防灾 2014, 青浦 农房风貌 2023, 上海 养老消防 2023, 虹口 举报奖励 2025, 佳木斯 水 2018, 临汾 水 2018, 黄冈 2007, 嘉兴 2006)', docs: 'real24-docs', dev: 'real24-dev', fresh: 'real24-fresh',
    minQuestions: 100, minPerType: 4, overall: 0.94, everyType: 0.5 },
  // 47/72 and 45/58 first, held aside to the end of the round (SOURCES.md); 62/72 after a round of tuning on dev (asktune30).
  // Held a little under: two misses more at most (0.83 is 60/72), half of a type of four, and English at its 1/4 (the misses
  // left: 2024's year columns, where the parser keeps 200 and 100 公里 but not 2024's 300; the 清单's 35 rows and the 2026
  // 附件's 7 场景 counted; the 中办国办 basis and 柘林's 文号 beside 奉贤's; three English questions).
  { name: 'real25 (崇明 入市 2023, 奉贤 入市收益 2025, 奉贤 文物消防 2023, 柘林镇 文物 2023, 上海 交通 精细化 2024, 上海 交通 营商 2026, 十堰 2008, 无锡 2009)', docs: 'real25-docs', dev: 'real25-dev', fresh: 'real25-fresh',
    minQuestions: 100, minPerType: 4, overall: 0.83, everyType: 0.5, typeFloor: { english: 0.25 } },
  // 63/72 and 44/58 first (SOURCES.md), 71/72 after a round of tuning on dev (asktune31). Held a little under: two misses more
  // at most (0.95 is 69/72), half of a type of four (the miss left: 洋县 and 钟楼's school items side by side, cross-document —
  // 钟楼's table has no jurisdiction, so no plan answers to 钟楼).
  { name: 'real26 (辽宁 分工 2023, 辽宁 分工 2026, 六安 2021, 六安 2022, 湖州 2020, 浙江 2024, 洋县 民生 2024, 钟楼 民生 2021)', docs: 'real26-docs', dev: 'real26-dev', fresh: 'real26-fresh',
    minQuestions: 100, minPerType: 4, overall: 0.95, everyType: 0.5 },
  // 53/72 and 34/58 first, held aside to the end of the round (SOURCES.md); not tuned on. Floor a little under (multihop 1/5,
  // comparison and English 1/4).
  { name: 'real27 (河池 营商 2024, 天峨 营商 2022, 滁州 2020, 滁州 2024, 乐清 民生实事 2022, 泰顺 民生实事 2023, 奉贤 避难场所 2022, 普陀 避难场所 2025)', docs: 'real27-docs', dev: 'real27-dev', fresh: 'real27-fresh',
    minQuestions: 100, minPerType: 4, overall: 0.7, everyType: 0.2 },
];

describe.each(SETS)('real question set $name (no seed)', (set) => {
  const dev = loadQuestions(set.dev);
  const fresh = loadQuestions(set.fresh);
  let devVerdicts: Verdict[] = [];

  beforeAll(async () => {
    const run = await askerOver([`test/fixtures/questions/${set.docs}`]);
    devVerdicts = await run(dev);
    console.log(summary(set.dev, devVerdicts, process.env.ASK_DETAILS === '1'));
    // Held out: scored only on request (ASK_FRESH=1), its failures only with ASK_FRESH_DETAILS=1, so no one tunes on them.
    if (process.env.ASK_FRESH === '1') console.log(summary(`${set.fresh} (held out)`, await run(fresh), process.env.ASK_FRESH_DETAILS === '1'));
  }, 120_000);

  it(`has at least ${set.minQuestions} questions, every type at least ${set.minPerType} times in dev`, () => {
    expect(dev.length + fresh.length).toBeGreaterThanOrEqual(set.minQuestions);
    for (const [t, s] of accuracyByType(devVerdicts)) expect(s.n, t).toBeGreaterThanOrEqual(set.minPerType);
  });

  it(`answers at least ${set.overall * 100}% of dev, and ${set.everyType * 100}% of every type (floors named)`, () => {
    const ok = devVerdicts.filter((v) => v.ok).length / devVerdicts.length;
    expect(ok, summary(set.dev, devVerdicts, true)).toBeGreaterThanOrEqual(set.overall);
    for (const [t, s] of accuracyByType(devVerdicts)) expect(s.ok / s.n, t).toBeGreaterThanOrEqual(set.typeFloor?.[t] ?? set.everyType);
  });
});
