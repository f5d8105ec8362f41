/**
 * Misspellings and misused words that reviewers of 公文 reports mark again and again.
 *
 * Each entry is searched literally. `before`/`after` restrict it to a context (a regular expression
 * tested against the text just before/after the match, anchored at the match): an entry with a
 * context is only reported there, so a correct use elsewhere stays quiet. `safe: false` keeps the
 * replacement out of fix-all where the right word depends on meaning.
 *
 * Every pattern here is a literal or a bounded lookaround: matching stays linear in the text.
 */
export interface TypoEntry {
  wrong: string;
  right: string;
  /** Must match the text right after `wrong` (tested with `^`). */
  after?: RegExp;
  /** Must match the text right before `wrong` (tested with `$`). */
  before?: RegExp;
  /** Must NOT match right after / before. */
  notAfter?: RegExp;
  notBefore?: RegExp;
  safe?: boolean;
  /** Lower than the rule's default for a variant that dictionaries still list (签定). */
  severity?: 'info';
  /** Why, shown in the message. */
  note?: string;
}

/** Just before 辨证: traditional Chinese medicine (中医辨证, 中西医临床辨证, 中医药的辨证, 辨病与辨证). */
const TCM_BEFORE = /(?:(?:中医|中西医|中药|民族医|藏医|蒙医|维医|壮医|苗医|瑶医|傣医)(?:药|学|临床|诊疗)?的?|辨病(?:与|和|及|、)?)$/;
/** Just after 辨证思维: its medical kin (辨证思维与辨病思维, 辨证思维和论治能力). */
const TCM_AFTER = /^(?:能力|方法)?(?:与|和|及|、)(?:辨病|论治|施治|临床|诊疗|处方|方药)/;
/** 思维 words named together with 辩证思维 (增强战略思维、历史思维、辩证思维…). */
const THINKING = '(?:战略|历史|创新|法治|底线|系统|科学|精准|全局|政治|前瞻|理论)思维';
const THINKING_BEFORE = new RegExp(`${THINKING}(?:能力)?[、，,和与及]$`);
const THINKING_AFTER = new RegExp(`^(?:能力)?[、，,和与及]${THINKING}`);
/** Words whose 反应 is a reaction (不良反应, 输液反应, 应激反应, 连锁反应…): 反应问题 after them is right. */
const REACTION_BEFORE = /(?:[化良敏副]|化学|输液|输血|异常|接种|疫苗|药物|药品|免疫|应激|排异|排斥|连锁|链式|炎症|溶血|热原|生理|心理|机体|身体|急性|迟发|局部|全身|交叉|过激|本能|应急|聚合)$/;

export const TYPOS: readonly TypoEntry[] = [
  // — words of agreements, plans and duty
  // 签定 is still listed as a variant in dictionaries; 签订 is the form for agreements: a hint, fixed by fix-all
  { wrong: '签定', right: '签订', after: /^[^。；！？\n]{0,24}?(?:责任书|承诺书|合同|协议|协定|条约|目标书|备忘录)/, severity: 'info', note: '订立合同、协议、责任书用“签订”' },
  { wrong: '签定', right: '签订', notAfter: /^[^。；！？\n]{0,24}?(?:责任书|承诺书|合同|协议|协定|条约|目标书|备忘录)/, safe: false, severity: 'info', note: '订立合同、协议、责任书用“签订”' },
  { wrong: '截止', right: '截至', after: /^(?:[0-9０-９]|目前|今年|本年|上年|去年|当前|年底|年末|月底|发稿|[〇一二三四五六七八九]{4}年)/, note: '表示“到某时为止”用“截至”，“截止”后不直接带时间' },
  { wrong: '贯切', right: '贯彻' },
  { wrong: '布署', right: '部署', notBefore: /[公发颁宣散分遍摆]$/, notAfter: /^名/ },
  { wrong: '一岗双则', right: '一岗双责' },
  { wrong: '意识型态', right: '意识形态' },
  { wrong: '党风廉正', right: '党风廉政' },
  { wrong: '廉正建设', right: '廉政建设' },
  { wrong: '权利运行', right: '权力运行' },
  { wrong: '权利寻租', right: '权力寻租' },
  { wrong: '台帐', right: '台账' },
  { wrong: '帐户', right: '账户' },
  { wrong: '帐目', right: '账目' },
  { wrong: '记帐', right: '记账' },
  { wrong: '报帐', right: '报账' },
  { wrong: '对帐', right: '对账' },
  { wrong: '坚苦奋斗', right: '艰苦奋斗' },
  { wrong: '坚苦朴素', right: '艰苦朴素' },
  { wrong: '坚苦卓绝', right: '艰苦卓绝' },
  { wrong: '以身做则', right: '以身作则' },
  { wrong: '弛而不息', right: '驰而不息' },
  { wrong: '雷历风行', right: '雷厉风行' },
  { wrong: '历行节约', right: '厉行节约' },
  { wrong: '励行节约', right: '厉行节约' },
  { wrong: '严历', right: '严厉', after: /^(?:打击|查处|惩处|整治|批评|追责|问责|惩治|处罚)/ },
  { wrong: '竟争', right: '竞争', notBefore: /[毕究]$/ },
  { wrong: '竟赛', right: '竞赛', notBefore: /[毕究]$/ },
  { wrong: '推委扯皮', right: '推诿扯皮' },
  { wrong: '相互推委', right: '相互推诿' },
  { wrong: '辨证唯物', right: '辩证唯物' },
  // 辨证 is right in traditional Chinese medicine (辨证论治, 中医辨证思维, 辨病与辨证关系): quiet there.
  // 辨证思维 alone may be either (培养青年医师的辨证思维 in a hospital's report): certain only among
  // the other kinds of 思维 (战略思维、历史思维、辩证思维…), offered elsewhere
  { wrong: '辨证思维', right: '辩证思维', notBefore: TCM_BEFORE, notAfter: TCM_AFTER, before: THINKING_BEFORE },
  { wrong: '辨证思维', right: '辩证思维', notBefore: TCM_BEFORE, notAfter: TCM_AFTER, after: THINKING_AFTER },
  { wrong: '辨证思维', right: '辩证思维', notBefore: TCM_BEFORE, notAfter: TCM_AFTER, safe: false, note: '哲学上的“辩证思维”用“辩”；中医“辨证”（辨证论治）用“辨”' },
  { wrong: '辨证统一', right: '辩证统一', notBefore: TCM_BEFORE },
  { wrong: '辨证关系', right: '辩证关系', notBefore: TCM_BEFORE },
  { wrong: '辨证看待', right: '辩证看待', notBefore: TCM_BEFORE },
  { wrong: '明辩是非', right: '明辨是非' },
  { wrong: '意识淡泊', right: '意识淡薄' },
  { wrong: '观念淡泊', right: '观念淡薄' },
  { wrong: '淡薄名利', right: '淡泊名利' },
  { wrong: '心存饶幸', right: '心存侥幸' },
  { wrong: '饶幸心理', right: '侥幸心理' },
  // 新时代中国特色社会主义思想 — the name of the theory
  { wrong: '新世代', right: '新时代', after: /^中国特色社会主义/ },
  { wrong: '相应号召', right: '响应号召' },
  { wrong: '相应党的号召', right: '响应党的号召' },
  { wrong: '肆掠', right: '肆虐', before: /(?:疫情|病毒|洪水|洪灾|台风|山洪|暴雨|寒潮|风沙|蝗灾|火灾|疫病)$/ },
  { wrong: '肆掠', right: '肆虐', notBefore: /(?:疫情|病毒|洪水|洪灾|台风|山洪|暴雨|寒潮|风沙|蝗灾|火灾|疫病)$/, safe: false, note: '“肆掠”多为“肆虐”之误' },
  // 反应 is a reaction after 不良、过敏、输液、接种… (输液反应问题, 疫苗接种后的异常反应问题)
  { wrong: '反应问题', right: '反映问题', notBefore: REACTION_BEFORE, safe: false },
  { wrong: '如实反应', right: '如实反映' },
  { wrong: '必须品', right: '必需品' },
  // — idioms
  { wrong: '按步就班', right: '按部就班' },
  { wrong: '松驰', right: '松弛' },
  { wrong: '一张一驰', right: '一张一弛' },
  { wrong: '迫不急待', right: '迫不及待' },
  { wrong: '既往不究', right: '既往不咎' },
  { wrong: '再接再励', right: '再接再厉' },
  { wrong: '一愁莫展', right: '一筹莫展' },
  { wrong: '走头无路', right: '走投无路' },
  { wrong: '默守成规', right: '墨守成规' },
  { wrong: '墨守陈规', right: '墨守成规' },
  { wrong: '出奇不意', right: '出其不意' },
  { wrong: '迫在眉捷', right: '迫在眉睫' },
  { wrong: '直接了当', right: '直截了当' },
  { wrong: '怨天忧人', right: '怨天尤人' },
  { wrong: '蛛丝蚂迹', right: '蛛丝马迹' },
  { wrong: '相辅相承', right: '相辅相成' },
  { wrong: '一股作气', right: '一鼓作气' },
  { wrong: '一如继往', right: '一如既往' },
  { wrong: '重蹈复辙', right: '重蹈覆辙' },
  { wrong: '再所难免', right: '在所难免' },
  { wrong: '不记其数', right: '不计其数' },
  { wrong: '言简意骇', right: '言简意赅' },
  { wrong: '专心至志', right: '专心致志' },
  { wrong: '实事求事', right: '实事求是' },
  { wrong: '以偏盖全', right: '以偏概全' },
  { wrong: '不容质疑', right: '不容置疑' },
  { wrong: '名符其实', right: '名副其实' },
  { wrong: '出类拔粹', right: '出类拔萃' },
  { wrong: '因地治宜', right: '因地制宜' },
  { wrong: '融汇贯通', right: '融会贯通' },
  { wrong: '心无旁鹜', right: '心无旁骛' },
  { wrong: '滥芋充数', right: '滥竽充数' },
  { wrong: '循规蹈距', right: '循规蹈矩' },
  { wrong: '有的放失', right: '有的放矢' },
  { wrong: '浅尝即止', right: '浅尝辄止' },
  { wrong: '首当其中', right: '首当其冲' },
  { wrong: '披星带月', right: '披星戴月' },
  { wrong: '常抓不泄', right: '常抓不懈' },
  { wrong: '坚持不泄', right: '坚持不懈' },
  { wrong: '契而不舍', right: '锲而不舍' },
  { wrong: '当人不让', right: '当仁不让' },
  { wrong: '责无旁代', right: '责无旁贷' },
  { wrong: '各行其事', right: '各行其是' },
  { wrong: '事必恭亲', right: '事必躬亲' },
  { wrong: '沤心沥血', right: '呕心沥血' },
  { wrong: '鞠躬尽粹', right: '鞠躬尽瘁' },
  { wrong: '厉精图治', right: '励精图治' },
  { wrong: '竞竞业业', right: '兢兢业业' },
  { wrong: '有条不稳', right: '有条不紊' },
  { wrong: '大相经庭', right: '大相径庭' },
  { wrong: '如火如茶', right: '如火如荼' },
  { wrong: '尉然成风', right: '蔚然成风' },
  { wrong: '出谋化策', right: '出谋划策' },
  { wrong: '一促而就', right: '一蹴而就' },
  { wrong: '攻艰克难', right: '攻坚克难' },
  { wrong: '委屈求全', right: '委曲求全' },
  { wrong: '陈辞滥调', right: '陈词滥调' },
  { wrong: '不加思索', right: '不假思索' },
  { wrong: '声名狼籍', right: '声名狼藉' },
  { wrong: '因咽废食', right: '因噎废食' },
  { wrong: '提纲携领', right: '提纲挈领' },
  { wrong: '按纳不住', right: '按捺不住' },
  { wrong: '一诺千斤', right: '一诺千金' },
  { wrong: '不落巢臼', right: '不落窠臼' },
  { wrong: '原型毕露', right: '原形毕露' },
  { wrong: '成绩蜚然', right: '成绩斐然' },
  { wrong: '金榜提名', right: '金榜题名' },
  { wrong: '美轮美焕', right: '美轮美奂' },
  { wrong: '世外桃园', right: '世外桃源' },
  { wrong: '自抱自弃', right: '自暴自弃' },
  { wrong: '额首称庆', right: '额手称庆' },
  // — single words
  { wrong: '震憾', right: '震撼' },
  { wrong: '渲泄', right: '宣泄' },
  { wrong: '宣染', right: '渲染' },
  { wrong: '安祥', right: '安详' },
  { wrong: '陷井', right: '陷阱' },
  { wrong: '粗旷', right: '粗犷' },
  { wrong: '国藉', right: '国籍' },
  { wrong: '针贬', right: '针砭' },
  { wrong: '寒喧', right: '寒暄' },
  { wrong: '气慨', right: '气概' },
  { wrong: '脉博', right: '脉搏' },
  { wrong: '修茸', right: '修葺' },
  { wrong: '凋弊', right: '凋敝' },
  { wrong: '重迭', right: '重叠' },
  { wrong: '泊来品', right: '舶来品' },
  { wrong: '辩别', right: '辨别' },
  { wrong: '辩认', right: '辨认' },
  { wrong: '幅射', right: '辐射', notBefore: /[一两二三四五六七八九十几每]$/ },
];
