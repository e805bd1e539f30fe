// Out of domain: requests the plans cannot answer (poems, chit-chat) and facts they never hold (weather, prices, the time)
// are declined, not searched; all from a lexicon over the question alone, never a scan of the corpus.
/** Requests that are no question about the plans' facts (write, chat, translate, code, sums): declined whatever words they use. */
const REQUESTS: Array<[RegExp, string]> = [
  [/写(一)?(首|篇|份|段|个)|作诗|诗歌|(?<!方案)诗$|的诗|散文|小说|年终总结|\bpoem|\bessay|\bstory\b/iu, '写作'],
  [/笑话|聊天|你是谁|你叫什么|你好吗|\bjoke\b/iu, '闲聊'],
  [/翻译|\btranslat/iu, '翻译'],
  [/python|java(script)?|代码|编程|排序算法|快速排序|\bcode\b/iu, '编程'],
  [/^\d+\s*[加减乘除+\-*/]\s*\d+|等于几/u, '算术'],
];

/**
 * Facts no plan holds, in general words (not any document's): the weather now, a price by the jin, the time of day, a
 * timetable, a person's own facts. A plan may hold the topic (防台风, 稳定菜价, 门票减免), never these facts, so they are
 * declined only when the question says no word of the plans' own vocabulary (DOMAIN): 哪个部门负责稳定菜价 is a duty question.
 */
const FACTS_NOT_HELD: Array<[RegExp, string]> = [
  [/天气|气温|下雨|下雪|刮风|有多(冷|热)|冷不冷|热不热|几度|\bweather\b|\b(?:raining|snowing)\b/iu, '天气'],
  // The weather asked of now or soon (今天刮不刮台风, 这几天会不会来寒潮): plans prepare for typhoons, they do not forecast them.
  [/刮不刮|(?:下不下|(?:会不会|要不要|有没有)(?:刮|下|来|起))(?:台风|大风|暴雨|雷雨|冰雹|寒潮|雾|霾|雨|雪)|(?:今天|明天|后天|今晚|明晚|明早|今早|这几天|周末|现在|待会儿?)(?:会|要)?(?:有|刮|下|来|起)(?:台风|大风|暴雨|雷雨|冰雹|寒潮|雾|霾|雨|雪)|台风(?:什么时候|几号|哪天|几点)(?:来|到|登陆)|台风(?:来了吗|到哪了?)/u, '天气'],
  // Air quality measured now (今天的空气质量指数是多少, 现在PM2.5多少; in English after translation, 空气质量 … today): plans
  // set yearly targets for it, they keep no readings.
  [/(?:今天|今日|现在|此刻|当前|实时|这会儿?)(?:的)?(?:空气质量指数|空气质量|空气污染指数|AQI|PM2\.5|PM10|臭氧)(?:浓度|指数)?(?:是|有)?(?:多少|几|怎么样|咋样|好不好|高不高)|(?:空气质量指数|空气质量|AQI|PM2\.5|PM10)(?:浓度|指数)?(?:今天|现在|此刻)(?:是|有)?(?:多少|几|怎么样|咋样)|(?:\b(?:air quality|aqi|pm2\.5)\b|空气质量).{0,20}\b(?:today|right now|now)\b/iu, '实时空气质量'],
  [/股票|股价|涨吗|跌吗|基金|汇率|\bstock/iu, '行情'],
  // What a thing costs by the jin, piece or night (海鲜多少钱一斤, 一晚多少钱): plans set investment, not shop prices. In
  // English after translation, how much is 多少 (多少 charging pile … cost).
  [/多少钱(?:一|每)(?:斤|两|公斤|千克|个|只|份|张|瓶|盒|箱|碗|杯|晚|平米?|平方米?)|(?:一|每)(?:斤|两|公斤|千克|只|份|张|瓶|盒|箱|碗|杯|晚|个?月|天|次)(?:要|卖|是|得)?(?:交|花|收)?多少钱|(?:房价|菜价|油价|肉价)(?:现在|今天|今年)?(?:是)?(?:多少|几|贵不贵)|贵不贵|卖多少钱|(?:\b(?:how )?much|多少) (?:(?:does|do|is|are)\b)?.{0,40}\bcosts?\b/iu, '价格'],
  // The clock and the calendar, and opening hours (现在几点, 几点开门): plans set deadlines by year, not hours.
  // An hour of a day to come (明天几点收垃圾, 今晚几点停水): a service's schedule, which no plan's deadline gives.
  [/几点了|几点(?:开门|关门|下班|上班|营业|开放|闭馆)|(?:今天|明天|后天|今晚|明晚|明早|每天)[^，,。？?\s]{0,6}?几点|(?:营业|办公|上班|开放)时间(?:是)?(?:几点|什么时候)|(?:今天|明天)(?:是)?(?:星期|周|礼拜)几|今天(?:是)?几号|\bwhat time is it\b|\bopening hours\b/iu, '时间'],
  // Whether a place is open now (…现在开放参观了吗, its 吗 dropped by normalise.ts; 今天开门没): plans set works ahead, they keep no visiting notice.
  [/(?:现在|今天|今日|目前|如今|这会儿?)(?:还|已经)?(?:对外)?(?:开放|开门|营业)(?:参观)?(?:了(?:吗|没有?)?$|吗|没有?|不)|(?:开放|开门|营业)(?:参观)?了(?:吗|没有?)/u, '开放情况'],
  // A person's own paperwork (签证, 护照, 驾照): plans assign duties to units, they are not a service guide. The English
  // form is matched after translation, which drops small words (How can I apply for a visa → How can I apply visa).
  [/(?:怎么|怎样|如何|去哪|在哪)(?:儿|里)?(?:办|办理|申请|申领|补办|换)(?:个)?(?:签证|护照|身份证|驾照|驾驶证|通行证|居住证)|\bhow (?:(?:do|can|should) )?i (?:get|apply(?: for)?|obtain|renew) (?:(?:a|an|my) )?(?:visa|passport|id card|driv(?:er'?s|ing) licen[cs]e)\b/iu, '办事指南'],
  // The papers a person brings (落户要准备什么材料, 办居住证需要带哪些材料): plans assign duties, they list no forms.
  [/(?:要|需要|得)(?:准备|带|提交|提供|交)?(?:什么|哪些)(?:材料|证件|手续)|(?:材料|证件|手续)(?:要|需要)?(?:准备|带)?(?:哪些|什么)/u, '办事指南'],
  // A figure asked of today (今天的失业率是多少, 现在的房价有多高): plans set targets for a year, they keep no readings.
  [/(?:今天|今日|现在|此刻|这会儿?)的?[^，,。？?\s]{1,14}?(?:是|有)?多(?:少|高|大)/u, '实时数据'],
  // What happened or was issued today (今天有没有着火, 今天有没有火灾, 昨天发布了什么通知): plans set duties ahead, they report no news.
  // …or where (今天上海哪里发生了燃气泄漏): the place and 哪里 may sit between the day and the verb.
  [/(?:今天|今日|昨天|昨晚|今晚|刚才|刚刚|这会儿?)(?:[^，,。？?]{0,6}?(?:哪里|哪儿|哪些地方|什么地方))?(?:有没有|有无|是否|会不会|又)?(?:发生|发布|出现|出了|起火|着火|失火|火灾|事故)/u, '实时事件'],
  // The day a work is finished (哪天建成, 几号通车, 什么时候通航): plans set deadlines by year or month, never the day.
  [/(?:哪天|哪一天|几号|几月几[号日]|什么时候|何时)(?:能|才|会|可以)?(?:建成|完工|竣工|建好|开通|通车|通航|投用|投入使用|启用|开业)/u, '工程日程'],
  // How much a figure actually grew (GDP实际增长了多少, 人口减少了几成): plans set targets, they keep no statistics.
  // An actual figure (粮食实际产量是多少, 实际的税收有几亿): what was reached, which no plan records, only its target.
  // Up to eight characters of the figure's name (实际的城镇登记失业率), never over a 目标 or 指标, which asks the plan's own.
  [/(?:增长|增加|下降|减少|提高|降低)了(?:多少|几)|实际(?:增长|增加|完成|达到|实现|建成)了?(?:多少|几)|实际的?(?:(?!目标|指标)\p{Script=Han}){0,8}?(?:是|有)?(?:多少|几)/u, '统计实绩'],
  // Whether a work is finished by now (…现在建好了吗, 目前通车没有; 吗 dropped by normalise.ts): plans set works ahead, they
  // report no progress.
  [/(?:现在|目前|如今|眼下|已经)(?:已经|已|还|还没有?)?(?:建好|建成|修好|完工|竣工|通车|开通|投用|投入使用|启用)(?:了|没有?)?(?:吗|没有?)?(?=$|[，,。？?\s])/u, '工程进度'],
  [/菜谱|做法|食谱|红烧|\brecipe\b|\bcook/iu, '烹饪'],
  [/好吃|美食|小吃|特产|餐厅|饭馆|饭店|拉面|面条|火锅|烧烤|怎么(煮|炒|吃)|吃饭|就餐|用餐|\brestaurants?\b|\bfood\b/iu, '饮食'],
  // What a person draws a month (失业保险金一个月能领多少): plans assign the duty to pay it, not the sum.
  [/(?:一|每)个?月(?:能|可以|可|能够)?(?:领|拿|发|补)(?:到)?(?:多少|几)/u, '个人待遇'],
  // What came in or was done so far (举报专线今年接到了多少举报, 去年查处了几起): a plan sets the channel and its duties, it
  // counts no cases.
  [/(?:今年|本年度?|去年|上个?月|本月|这个月|至今|到现在|目前为止)(?:以来)?(?:已经|一共|总共|共)?(?:接到|收到|受理|处理|查处|办理|办结|发放|兑现)了?(?:多少|几)/u, '统计实绩'],
  // When a meeting meets next (创意会下一次什么时候开): plans set who holds it and how often, not its date.
  [/(?:会|会议|大会)(?:下一?次|下回|下届)?(?:是)?(?:什么时候|哪天|几号|几月几[号日])(?:开|召开|举办|举行)|下一?次.{0,8}(?:什么时候|哪天|几号)(?:开|召开|举办|举行)/u, '活动日程'],
  [/(推荐|好看).{0,6}(电影|电视剧|综艺)|赢了|比分|\bmovies?\b/iu, '娱乐'],
  // When an event opens (…节几号开幕, 开幕式是哪天): plans set deadlines for works, not dates of shows.
  [/(?:几号|哪天|哪一天|什么时候|几点)(?:开幕|闭幕|开演|开唱|演出|表演|上演)|(?:开幕|闭幕)(?:式)?(?:是)?(?:几号|哪天|什么时候|几点)/u, '活动日程'],
  [/门票|好玩|爬山|钓鱼|旅游攻略|周末去|酒店|宾馆|民宿|住哪|\btravel\b|\bhotels?\b/iu, '出行'],
  // When a train, flight or bus leaves and what a ticket costs (到杭州的高铁几点): plans build the lines, they keep no timetable.
  [/(?:高铁|动车|火车|列车|航班|飞机|班车|大巴|公交|地铁)(?:票)?(?:是|在)?(?:几点|几时|什么时候(?:开|发车|出发)|时刻|班次|票价|多少钱)|几点(?:发车|开车|出发|起飞|到站)|\b(?:timetable|train times?|flight times?)\b/iu, '出行'],
  // How long or far a trip takes (坐高铁要多久, 开车去…几个小时): plans build railways and roads, they do not time trips.
  [/(?:坐|乘|搭|开车|自驾|打车|骑车|走路|步行).{0,10}(?:要|需要|得)?(?:多久|多长时间|几个?(?:小时|钟头)|几分钟|多远)|\bhow long does it take\b/iu, '出行'],
  // How long, tall or deep a bridge, tunnel, mountain or river is (跨海大桥有多长): facts of geography, not of a plan's duties.
  [/(?:桥|隧道|山|塔|河|江|湖|海峡)(?:有|是)?(?:多长|多高|多宽|多深|多少(?:米|公里|千米)(?:长|高|宽|深)?)|\bhow (?:long|tall|high|deep) is the\b/iu, '地理常识'],
  // How old a place is or where its name comes from (…的历史有多久, 有多少年历史, 名字的由来): history, not a plan's duties.
  // …的名字是怎么来的, 为什么得名: the same question of origin asked in plain words.
  [/历史有多(?:久|长|少年)|有(?:多少|几百|几千)年(?:的)?历史|历史(?:沿革|由来)|(?:名字|地名|名称)的?(?:由来|来历)|(?:名字|地名|名称)(?:是)?(?:怎么|怎样|如何|从哪(?:里|儿)?)(?:得?来)的|(?:因何|为何|为什么|为啥)(?:得名|叫这个名)/u, '历史常识'],
  // Where an office sits (…的办公地址在哪, 在哪里办公): plans name the units, not their buildings.
  [/(?:办公|办事|联系|通讯|详细)?地址(?:是|在)?(?:哪|什么)|在哪(?:里|儿)?办公|办公(?:地点|场所)(?:在|是)?哪/u, '办公地址'],
  [/局长|书记|电话|手机号|联系方式|邮箱|\bphone\b/iu, '人员联系方式'],
  // Who holds an office (发展改革委主任是谁): plans name the bodies, never the people heading them.
  // So does who heads it (联席会议办公室的负责人是谁): a 负责人 is a person, not the 负责单位 a plan names.
  [/(?:主任|局长|主席|处长|科长|厅长|部长|院长|市长|区长|县长|负责人)(?:是谁|叫什么|是哪位|姓什么|是哪个人)/u, '人员信息'],
  // A person's age, family, home or pay (局长多大年纪, 她老家是哪的): a plan names offices, never their holders' lives.
  [/(?:(?:^|[\s省市区县镇乡部厅局处科])长|主任|书记|领导|他|她|你)(?:今年|的)?(?:多大(?:了|年纪|岁数)?|几岁|年龄|年纪|生日|属什么|老婆|妻子|丈夫|老公|家住|住在哪|身高|体重|工资|哪里人|老家|学历|毕业于)/u, '个人信息'],
  [/capital of|\bpresident of\b/iu, '常识'],
];

/**
 * How a work turned out (创建成功了吗, 已经选定实施主体了, 评上了没有): a plan sets the work and its units ahead and records
 * no result, so these are declined even in the plans' own words (项目, 实施主体) — answering with the duty would say nothing asked.
 */
const OUTCOME = /(?:成功|选定|选好|评上|获批|创成)了(?:吗|没有?)?$|(?:成功|选定|选好|评上|获批|创成)(?:了)?没有?$|(?:已经|已)(?:选定|选好|评上|获批|创成)[^，,。？?]{0,12}了$/u;

/**
 * Where a person works or what post they hold now (某某现在在哪个单位任职): declined even with a plan's word in it (单位),
 * since a plan names bodies and, at most, who signed it — never where its people serve now.
 */
const PERSON_NOW: Array<[RegExp, string]> = [
  [/(?:现在|目前|如今|眼下)(?:还)?(?:在)?(?:哪个|哪家|什么)(?:单位|部门|地方)?(?:任职|工作|上班|当官)|(?:现在|目前|如今)(?:担任|任)(?:什么|何|哪个)(?:职务|职位|职)/u, '人员信息'],
];

const ALWAYS_DECLINED = [...REQUESTS, ...PERSON_NOW];
const NOT_OURS = [...ALWAYS_DECLINED, ...FACTS_NOT_HELD];

/** Words that tie a question to plans: without one, and without any name the graph knows, it is not ours. */
const DOMAIN = /任务|单位|部门|牵头|配合|负责|参与|承担|目标|指标|方案|文件|章节|部分|项目|实事|走廊|产业|工作|归谁|谁(?:在|来)?管|哪(?:个|家)(?:单位|部门|局|委|办|厅)|管什么|措施|分工|责任|\b(task|unit|department|bureau|commission|lead|support|target|document|plan)s?\b/iu;

export interface Decline {
  kind: string;
}

/** Below this share of its words found in the documents, a question naming nothing is not about them. */
const MIN_COVERED = 0.5;

/** Characters beside a matched word that make it a phrase the plans may use (天使基金, not 基金). */
const PHRASE_REACH = 2;

/** The matched word with the Chinese characters next to it, each side: 哪些任务提到天使基金 → 天使基金. */
function phrasesAround(text: string, at: number, length: number): string[] {
  const before = /\p{Script=Han}{1,2}$/u.exec(text.slice(Math.max(0, at - PHRASE_REACH), at))?.[0] ?? '';
  const after = /^\p{Script=Han}{1,2}/u.exec(text.slice(at + length, at + length + PHRASE_REACH))?.[0] ?? '';
  const word = text.slice(at, at + length);
  return [before + word, word + after].filter((p) => p.length > length);
}

/** The question's own words between its asking words (以工代赈 in 以工代赈在哪条里): long enough to be a term, not a chance pair. */
const ASKING = /在|哪|条|项|里|中|是|的|有|什么|谁|吗|呢|了|提到|出现|写/u;
const MIN_TERM = 4;

/** A term of the question that some task writes word for word (以工代赈): the question is about the plans, however few its words. */
function quotesPlans(unnamed: string, inPlans: (phrase: string) => boolean): boolean {
  const terms = (unnamed.match(/\p{Script=Han}+/gu) ?? []).flatMap((run) => run.split(ASKING)).filter((t) => t.length >= MIN_TERM);
  return terms.some(inPlans);
}

/**
 * A request of a kind no plan answers (`unnamed`: the question with its names blanked); or one that names nothing the graph knows, uses no plan vocabulary,
 * and whose words the documents mostly lack (`covered`: the share of its words found in some task's text, computed only when needed).
 * `inPlans` tells whether a phrase occurs word for word in some task.
 */
export function declineOf(question: string, unnamed: string, namesFound: number, covered: () => number, inPlans: (phrase: string) => boolean = () => false): Decline | null {
  // 负责人 is a person, not the duty word 负责: it ties no question to the plans.
  const ours = DOMAIN.test(question.replace(/负责人/gu, ''));
  // Tested on the words outside the names the graph knows: 美食 in 特色美食街 (a project) asks nothing about food.
  // Read on the whole question: the verb may sit inside a name the linker took (选定实施主体 → 确定实施主体).
  if (OUTCOME.test(question.replace(/[？?。!！\s]+$/u, ''))) return { kind: '实施结果' };
  for (const [pattern, kind] of ours ? ALWAYS_DECLINED : NOT_OURS) {
    const m = pattern.exec(unnamed);
    // The plans' own phrase (天使基金, 产业基金) is their vocabulary, not a market question.
    if (m && !phrasesAround(unnamed, m.index, m[0].length).some(inPlans)) return { kind };
  }
  if (namesFound === 0 && !ours && covered() < MIN_COVERED && !quotesPlans(unnamed, inPlans)) return { kind: '与已导入文件无关' };
  return null;
}

export function declineText(d: Decline): string {
  return `抱歉，这个问题（${d.kind}）不在已导入政策文件的范围内，我只能回答文件里的任务、单位分工、地点项目和目标指标。`;
}
