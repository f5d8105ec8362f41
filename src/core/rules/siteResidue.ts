import { deleteLineEdit } from '../lint/edits';
import { finding, Fix, Localized, Rule, RuleFinding, Severity, TextEdit } from '../lint/types';
import { ReportModel } from '../model';
import { lineContents } from '../parse';
import { EMOJI_SOURCE, EMOJI_START_RANGES, EMOJI_TAIL_SOURCE, HAN, isInlineSpaceCode, lineAtOffset, mayStartEmoji, partitionPoint } from '../text';
import { characterPositions, holdsCharacter, sharedCharacterSet, sharedStringSet } from './prose';

/*
 * Junk that document sites leave in templates copied from them (domain rules §4.2): paid-content
 * markers, paywall and login notices, page chrome, download and copyright notices, watermarks,
 * forum anti-scraping noise, masked words. Every pattern here is linear: bounded repetitions only,
 * no nested unbounded quantifiers, because the rule runs on every keystroke over whole documents.
 */

type Kind =
  | 'paid' | 'hidden' | 'login' | 'truncated' | 'page' | 'disclaimer' | 'share' | 'copyright'
  | 'banner' | 'meta' | 'boilerplate' | 'watermark' | 'noise' | 'titleSuffix' | 'editable'
  | 'emoji' | 'mask' | 'pinyin' | 'stray' | 'custom';

const MESSAGES: Record<Kind, (excerpt: string) => Localized> = {
  paid: (s) => ({ zh: `文档网站付费标记“${s}”`, en: `Paid-content marker "${s}" from a document site` }),
  hidden: (s) => ({ zh: `文档网站付费隐藏提示“${s}”（此处原文缺失，请补全）`, en: `Paid-content notice "${s}" from a document site (the original text is missing here)` }),
  login: (s) => ({ zh: `网站登录提示“${s}”`, en: `Login notice "${s}" from a web site` }),
  truncated: (s) => ({ zh: `网站截断提示“${s}”（此处原文不全，请补全）`, en: `Truncation notice "${s}" from a document site (text is missing here)` }),
  page: (s) => ({ zh: `文档网站页面元素“${s}”`, en: `Page element "${s}" from a document site` }),
  disclaimer: (s) => ({ zh: `网站下载或版权声明“${s}”`, en: `Download or copyright notice "${s}" from a document site` }),
  share: (s) => ({ zh: `网页分享提示“${s}”`, en: `Share prompt "${s}" from a web page` }),
  copyright: (s) => ({ zh: `网页版权页脚“${s}”`, en: `Copyright footer "${s}" from a web page` }),
  banner: (s) => ({ zh: `网站欢迎横幅“${s}”`, en: `Site welcome banner "${s}"` }),
  meta: (s) => ({ zh: `网页信息栏“${s}”（浏览量、发布时间等）`, en: `Web page metadata "${s}" (views, publish time…)` }),
  boilerplate: (s) => ({ zh: `网站套话“${s}”`, en: `Site boilerplate "${s}"` }),
  watermark: (s) => ({ zh: `网站水印“${s}”`, en: `Site watermark "${s}"` }),
  noise: (s) => ({ zh: `论坛防采集乱码“${s}”`, en: `Forum anti-scraping noise "${s}"` }),
  titleSuffix: (s) => ({ zh: `标题中的网站后缀“${s}”`, en: `Document-site suffix "${s}" in a title` }),
  editable: (s) => ({ zh: `文档网站标注“${s}”`, en: `Document-site label "${s}"` }),
  emoji: (s) => ({ zh: `网文表情符号“${s}”（公文不用表情符号）`, en: `Emoji "${s}" from a content site (official reports use none)` }),
  mask: (s) => ({ zh: `被屏蔽的敏感词“${s}”：请恢复原文用词`, en: `Masked word "${s}": restore the original words` }),
  pinyin: (s) => ({ zh: `网页注音“${s}”`, en: `Pinyin glosses "${s}" from a web page` }),
  stray: (s) => ({ zh: `夹杂在汉字中的外文字符“${s}”`, en: `Stray foreign characters "${s}" between Chinese characters` }),
  custom: (s) => ({ zh: `网站残留“${s}”（自定义规则）`, en: `Site residue "${s}" (custom pattern)` }),
};

const FIX_TITLE: Localized = { zh: '删除网站残留', en: 'Remove site residue' };

// Building blocks; every repetition is bounded. Both widths of punctuation are matched.
const SP = '[ \\t\\u00a0\\u3000]';
const S = `${SP}{0,3}`;
const D = '[0-9０-９]';
const N = `${D}{1,6}`;
const COMMA = '[，,、]';
const COLON = '[：:]';
const LP = '[（(]';
const RP = '[）)]';
const EXCL = '[!！]';
const QUESTION = '[?？]';
const SEMI = '[;；，,]';
const STOP = '[。.]';
const REST = '[^\\r\\n]';
/** Hyphens and dashes, both widths, as PDFs set them around a page number (- 4 -, — 3 —, －5－). */
const DASH = '[-－—―–−]';
/** The marks a site sets around a note of its own (▲ 本站仅展示前5页 ▲). */
const NOTICE_MARK = '[▲△▼▽■◆★☆●◇]';
/** Where a site's note starts: a line's start, a blank, an opening bracket or a mark. */
const NOTICE_START = `(?<=^|[\\r\\n \\t\\u3000【（(\\[]|${NOTICE_MARK})`;
/** 下载后可编辑, word版可编辑 and their kin, with a site's label before them (原创文档，…). */
const EDITABLE = `(?:(?:原创|精品|优质|高清|最新)文档${S}${COMMA}?${S}|${NOTICE_START}(?:本|该|此)?文档${S})?(?:下载后可(?:任意|随意|自由)?编辑(?:修改)?|[Ww][Oo][Rr][Dd]版(?:本)?可(?:任意|随意|自由)?编辑(?:修改)?|可编辑[Ww][Oo][Rr][Dd]版)`;
/** What sets a site's buttons apart on a line: blanks, bars, dots, brackets. */
const BUTTON_SEP = '[ \\t\\u00a0\\u3000|｜·•〖〗【】\\[\\]「」]';
/** A site's button or a list's heading, on a line with nothing but others like it. */
const BUTTON = `(?:下载本文档|下载文档|立即下载|免费下载|文档下载|下载资源${S}资源描述|资源描述|文档简介|展开全文|阅读全文|猜你喜欢|热门推荐|精彩推荐|相关文章|相关阅读|延伸阅读|打印本页|关闭窗口|返回顶部|收起|举报|收藏|分享|点赞|在看|阅读原文|往期推荐|往期回顾|往期精选|推荐阅读|建议收藏|加入收藏|打印|关闭|转发|写留言|留言|(?:打开|下载)${S}APP${S}(?:阅读全文|查看全文|阅读)?|APP内(?:打开|阅读)|VIP免费下载|下载(?:提示|说明|须知)|喜欢此内容的人还喜欢)`;
/** A site's suffix to a title: （通用6篇）, (述责述廉经典稿3000字). */
const TITLE_SUFFIX = `${LP}[^（）()\\r\\n]{0,24}?(?:经典稿|精选|通用|合集|范文|完整版|最新版|精品|可编辑)[^（）()\\r\\n]{0,12}${RP}`;
/** A PDF's page number: — 3 —, - 4 -, －5－, - 2 / 6 -, —— 第 1 页 ——; 第 5 页. */
const NAMED_PAGE_NUMBER = `第${S}${D}{1,4}${S}页`;
const DASHED_PAGE_NUMBER = `${DASH}{1,12}${S}(?:${D}{1,4}(?:${S}[/／]${S}${D}{1,4})?|${NAMED_PAGE_NUMBER})${S}${DASH}{1,12}`;
/** A PDF's page number without dashes: 2 / 6, 3/6, 2/6页 (at most three digits a side, so 2025/12 is none). */
const BARE_PAGE_FRACTION = `${D}{1,3}${S}[/／]${S}${D}{1,3}(?:${S}页)?`;
const PAGE_NUMBER_LINE = new RegExp(`^(?:${DASHED_PAGE_NUMBER}|${NAMED_PAGE_NUMBER}|${BARE_PAGE_FRACTION})$`);

/** Whether a line's text, spaces around it left out, is a page number pasted from a PDF (reported as residue, removed with its line). */
export function isPageNumberLine(line: string): boolean {
  return PAGE_NUMBER_LINE.test(line.trim());
}
const CJK_RE = new RegExp(`[${HAN}\\u3000-\\u303f\\uff00-\\uffef\\u2014\\u2026\\u201c\\u201d\\u2018\\u2019]`);

/**
 * How sure a pattern is: `error` + safe fix for certain residue; lower severities for phrases a
 * report could in rare cases use itself.
 */
interface Pattern {
  kind: Kind;
  re: RegExp;
  severity?: Severity;
  /** Whether the removal may be applied without looking (fix-all). Default true. */
  safe?: boolean;
  /** Unsafe only as words of a sentence: on a line that holds nothing but residue, its removal is safe. */
  safeAlone?: boolean;
  /** Line patterns: a cheap test a line must pass first (most lines fail it at once). */
  hint?: RegExp;
  /**
   * Line patterns starting with a common character (（, a digit, 本): how every match starts, tried on
   * the text where the line's content starts before the line is copied and matched (a heading's line
   * passes the hint, and there are thousands of them).
   */
  prefix?: RegExp;
  /**
   * Strings one of which every match holds. When the text holds none, the pattern is skipped. For a
   * line pattern or one with anchors only their characters are checked (a missing one rules a string
   * out); for other inline patterns the string is looked for too, which mostly costs a fraction of a
   * regex scan (how much depends on its characters: the ones chosen were measured to be quick to look for).
   */
  needs?: readonly string[];
  /**
   * Inline patterns whose start an anchor fixes: strings one of which every match holds `lead`
   * characters after its start. The pattern is tried only there, from a search for each string: a
   * string is found several times faster than a regex scan finds the same place.
   */
  anchors?: readonly string[];
  lead?: number;
  /**
   * Inline patterns that ignore case, every match of which starts with this word of ASCII letters (in
   * lower case here) and a space: tried only before the text's spaces, where the word stands.
   */
  word?: string;
  /** The pattern as a sticky regex, tried at a place an anchor or a word fixes. */
  at?: RegExp;
}

type InlineOptions = {
  flags?: string; severity?: Severity; safe?: boolean; safeAlone?: boolean; needs?: readonly string[]; anchors?: readonly string[]; lead?: number;
  word?: string;
};

function inline(kind: Kind, source: string, options: InlineOptions = {}): Pattern {
  const { severity, safe, safeAlone, needs, anchors, lead } = options;
  const flags = options.flags ?? '';
  const word = options.word?.toLowerCase();
  return {
    kind, re: new RegExp(source, `g${flags}`), severity, safe, safeAlone, needs, anchors, lead, word,
    at: anchors || word ? new RegExp(source, `y${flags}`) : undefined,
  };
}

/**
 * A line pattern. Its strings (`needs`), when given, let it go untried when the text lacks a
 * character of each. A pattern whose hint is looked for anywhere in the text must name them, as every
 * match writes one of them (see `ANYWHERE_PATTERNS`).
 */
function line(kind: Kind, hint: RegExp, source: string,
  options: { flags?: string; severity?: Severity; safe?: boolean; needs?: readonly string[]; prefix?: string } = {}): Pattern {
  if (!hint.source.startsWith('^') && !options.needs?.length) throw new Error(`line hint /${hint.source}/ needs its strings`);
  const prefix = options.prefix === undefined ? undefined : new RegExp(options.prefix, `y${options.flags ?? ''}`);
  return { kind, hint, re: new RegExp(`^(?:${source})$`, options.flags ?? ''), severity: options.severity, safe: options.safe, needs: options.needs, prefix };
}

/** Residue found anywhere, also inside a sentence; the span is exactly the residue. */
const INLINE_PATTERNS: readonly Pattern[] = [
  inline('paid', '##paid(?:begin|end)##|\\$\\$paid(?:begin|end)\\$\\$', { flags: 'i', anchors: ['##', '$$'] }),
  inline('hidden', `内容已经?隐藏${S}${COMMA}?${S}点击付费后(?:查看|阅读)${STOP}?`, { anchors: ['内容已'], needs: ['付费后'] }),
  inline('login', `${LP}${S}阅读全部图文内容${S}${COMMA}?${S}您需要先登录${S}${EXCL}?${S}${RP}`, { needs: ['阅读全部图文内容'] }),
  inline('login', `您需要${S}登录${S}才可以下载或查看${S}${COMMA}?${S}没有[账帐]号${S}${QUESTION}?(?:${S}(?:请用中文名注册|立即注册))?`, { anchors: ['您需'], needs: ['可以下载'] }),
  inline('truncated', `${LP}新文秘网${S}(?:https?://)?[A-Za-z0-9./_-]{0,60}${S}省略${S}${N}${S}字${S}${COMMA}?${S}正式会员可完整阅读${S}${RP}?`, { anchors: ['新文秘网'], lead: 1 }),
  inline('truncated', `${LP}未完${S}${COMMA}?${S}全文共${S}${N}${S}字${S}${COMMA}?${S}当前仅显示${S}${N}${S}字(?:${S}${COMMA}?${S}请阅读下面提示信息${STOP}?)?${RP}?`, { anchors: ['未完'], lead: 1, needs: ['仅显示'] }),
  // 第1页 共5页, 共5页/第1页, 本文共5页，当前为第2页
  inline('page', `第${S}${N}${S}页${S}[/／,，]?${S}共${S}${N}${S}页|(?:本文档?|全文)?共${S}${N}${S}页${S}[/／,，]?${S}(?:当前(?:为|是)?${S})?第${S}${N}${S}页`, { needs: ['页'] }),
  inline('page', `\\bPage ${N} of ${N}\\b`, { flags: 'i', word: 'Page' }),
  inline('page', `已阅读${S}${N}${S}页${S}${COMMA}?${S}还剩${S}${N}${S}页未读(?:${S}${COMMA}?${S}继续(?:免费)?阅读)?`, { anchors: ['已阅读'], needs: ['剩'] }),
  inline('page', `点击查看(?:更多|全文|完整版|完整内容)(?:内容)?(?:${S}(?:>>|》》|＞＞|>|»))?`, { anchors: ['点击查看'] }),
  inline('page', `点击下载(?:完整版|全文|本文档?|完整文档)(?:${S}(?:>>|》》|＞＞|>|»))?`, { anchors: ['点击下载'] }),
  inline('page', `[_＿]第${S}${N}${S}页`, { anchors: ['_第', '＿第'] }),
  inline('disclaimer', `版权说明${S}${COLON}${S}本文档由用户提供并上传${REST}{0,80}?(?:举报或认领|认领)${STOP}?`, { anchors: ['版权'], needs: ['提供并上传'] }),
  inline('disclaimer', `本站资源下载后的文档(?:和图纸)?${S}[-－—]{0,2}${S}无水印${REST}{0,60}?更清晰${STOP}?`, { anchors: ['本站资源下载'], needs: ['无水印'] }),
  inline('disclaimer', `《[^《》\\r\\n]{1,100}》由会员分享${REST}{0,200}?请在${REST}{0,30}?上?搜索${STOP}?|由会员分享${S}${COMMA}?${S}可在线阅读`, { needs: ['由会员分享'] }),
  inline('disclaimer', `文档来源于网络${S}${COMMA}?${S}如有侵权请联系(?:网站|作者)?删除${S}[。.!！]?`, { anchors: ['文档来源于网络'] }),
  inline('disclaimer', `仅供学习(?:与|和)?交流${S}${COMMA}?${S}如有侵权请联系(?:网站|作者)?删除${S}[。.!！]?`, { anchors: ['仅供学习'], needs: ['侵权'] }),
  inline('disclaimer', `仅供个人用于学习${S}[、，,]${S}研究${S}${SEMI}${S}不得用于商业用途${S}${STOP}?`, { anchors: ['仅供个人用于学习'] }),
  inline('disclaimer', `For personal use only in study and research${S}${SEMI}${S}not for commercial use${S}\\.?`, { flags: 'i', word: 'For' }),
  inline('disclaimer', `Nur für den persönlichen für Studien${S},?${S}Forschung${S},?${S}zu kommerziellen Zwecken verwendet werden${S}\\.?`, { flags: 'i', word: 'Nur' }),
  inline('disclaimer', `Pour l['’]étude et la recherche uniquement à des fins personnelles${S}${SEMI}${S}pas à des fins commerciales${S}\\.?`, { flags: 'i', word: 'Pour' }),
  inline('disclaimer', `только${S}для${S}людей${S},${S}которые${S}используются${S}для${S}обучения${S},${S}исследований${S}и${S}не${S}должны${S}использоваться${S}в${S}коммерческих${S}целях${S}\\.?`, { flags: 'i', needs: [','] }),
  inline('disclaimer', `${LP}以下无正文${RP}`, { anchors: ['以下无正文'], lead: 1 }),
  // 本文档下载自某某文库，: where the file came from, with the comma that joined it to the prose
  inline('disclaimer', `本(?:文档?|资料)下载(?:自|于)${S}${COLON}?${S}(?:(?:网络|互联网|[^\\s，,。；;：:！!？?\\r\\n]{1,20}?(?:文库|网站|网|站))(?:${S}(?:https?://|www\\.)[A-Za-z0-9./_-]{1,80})?|(?:https?://|www\\.)[A-Za-z0-9./_-]{1,80})${S}[，,。；;]?`,
    { anchors: ['本文档下载', '本文下载', '本资料下载'] }),
  // 培训326人次。免费下载: a site's button glued after the last sentence of a line
  inline('page', `(?<=[。！？!?]${S})(?:免费下载|立即下载|下载本文档|下载文档|点击下载)(?:${S}(?:>>|》》|＞＞|>|»))?(?=${S}(?:[\\r\\n]|$))`,
    { anchors: ['免费下载', '立即下载', '下载本文档', '下载文档', '点击下载'] }),
  inline('share', `微信扫一扫${S}${COMMA}?${S}(?:分享到朋友圈|分享给朋友|分享|关注我们)`, { anchors: ['微信扫一扫'] }),
  inline('copyright', `作者原创${S}${COMMA}?${S}(?:转载|未经)[^\\r\\n。]{0,30}${STOP}?`, { anchors: ['作者原创'] }),
  inline('copyright', `转载请注明(?:出处|来源)[^\\r\\n。]{0,30}${STOP}?`, { anchors: ['转载请注明'] }),
  inline('meta', `(?:发布|发表|更新|上传)(?:时间|日期)${S}${COLON}${S}${D}{4}${S}[-/.年]${S}${D}{1,2}${S}[-/.月]${S}${D}{1,2}日?(?:${SP}{0,3}${D}{1,2}[:：]${D}{2}(?:[:：]${D}{2})?)?`, { anchors: ['时间', '日期'], lead: 2 }),
  inline('meta', `(?:浏览量|阅读量|浏览次数|阅读次数|点击量|点击数|点击次数|人气)${S}${COLON}${S}${N}(?:${S}次)?`, { anchors: ['浏览', '阅读', '点击', '人气'] }),
  // (原创文档，下载后可编辑: a label of the site's before it goes with it.) Removed unasked when bracketed, when it
  // starts a line or sentence, or when it ends a line with nothing after it; inside a sentence (12份文档下载后可编辑，
  // 方便…) the words may be the writer's own, and the fix waits to be chosen
  inline('editable', `[（(【\\[]${EDITABLE}[）)】\\]]|(?<=(?:^|[\\r\\n。！？!?])${S})${EDITABLE}|${EDITABLE}(?=${S}(?:[\\r\\n]|$))`, { severity: 'warning', needs: ['编辑'] }),
  inline('editable', `[（(【\\[]?${EDITABLE}[）)】\\]]?`, { severity: 'warning', safe: false, needs: ['编辑'] }),
  // 【本文档由某某文库提供，下载后可编辑】: the whole bracketed notice, not its end only
  inline('editable', `【[^【】\\r\\n]{0,40}?(?:下载后可(?:任意|随意|自由)?编辑(?:修改)?|可编辑)[^【】\\r\\n]{0,10}】`, { severity: 'warning', needs: ['下载后可', '可编辑'] }),
  // 【下载本文档，可以自由复制内容或自由编辑修改内容，更多精彩文章，期待你的好评和关注，我将一如既往为您服务】
  inline('disclaimer', `【${S}下载本文档${S}${COMMA}[^【】\\r\\n]{0,120}】`, { anchors: ['【下载本文档'] }),
  // 本站仅展示前5页: a preview's limit
  inline('page', `(?:本站|本文档?)${S}${COMMA}?${S}仅(?:展示|显示|预览)(?:了)?前${S}${N}${S}页(?:内容)?`, { needs: ['仅展示', '仅显示', '仅预览'] }),
  // 全文共3200字，阅读约需8分钟: a page's reading time
  inline('meta', `全文(?:共|约)${S}${N}${S}字${S}${COMMA}?${S}(?:预计)?阅读(?:约需|需要|约|时间约?|时长约?)?${S}${COLON}?${S}${N}${S}分钟`, { anchors: ['全文'] }),
  inline('editable', `[【（(\\[]${S}精品文档${S}[】）)\\]]`, { severity: 'warning', needs: ['精品文档'] }),
  // in prose it may be the report's own words; on a line with other labels only (精品文档 下载后可编辑) it goes
  inline('editable', '精品文档', { severity: 'warning', safe: false, safeAlone: true, anchors: ['精品文档'] }),
];

/** Residue that is a line of its own (page chrome, headers, footers); the whole line goes. */
const LINE_PATTERNS: readonly Pattern[] = [
  line('page', /[_＿]第/, `${REST}{1,100}[_＿]第${S}${N}${S}页`, { needs: ['_第', '＿第'] }),
  // a site's buttons, one or a row of them: 下载本文档, 分享 收藏 点赞 在看, 〖 收藏 〗〖 打印本页 〗, 免费下载 | 打开APP阅读全文
  line('page', /^[下立免文资展阅猜热精相延打关返收举分点在往推建加转写留喜AV|｜·•〖【[「]/, `(?:${BUTTON_SEP}{0,3}${BUTTON}${S}${COLON}?${S}(?:>>|》》|＞＞|>|»)?){1,10}${BUTTON_SEP}{0,3}`,
    { prefix: `${BUTTON_SEP}{0,3}${BUTTON}` }),
  // 点击上方蓝字关注我们, ↑ 点击上方“某某”关注我们: a WeChat account's call to follow it
  line('share', /^[点↑⬆]/, `[↑⬆]?${S}点击${S}(?:上方|下方|标题下方?|顶部)[^。\\r\\n]{0,16}?关注[^。\\r\\n]{0,20}|[↑⬆]?${S}点击${S}[“"]?蓝(?:字|色字体?)[”"]?${S}(?:一键)?关注[^。\\r\\n]{0,20}`, { needs: ['点击'] }),
  // 长按识别二维码 关注我们
  line('share', /^[长扫]/, `(?:长按|扫码|扫描二维码)${S}(?:识别|下方|图中|上方)?${S}(?:二维码|图片)?${S}(?:关注|添加|加入|进群|下载|识别)[^。\\r\\n]{0,30}`, { needs: ['长按', '扫'] }),
  // 原创 某某 某某 2024-01-08 07:30 发表于北京: the header of a WeChat article
  line('meta', /^原/, `原创${SP}{1,3}${REST}{0,60}?${D}{4}${S}[-/.年]${S}${D}{1,2}${S}[-/.月]${S}${D}{1,2}日?${SP}{0,3}${D}{1,2}[:：]${D}{2}${REST}{0,20}`, { needs: ['原创'], prefix: `原创${SP}` }),
  // 来源：某某党建公众号, 来源：某某网: where a page copied the text from
  line('meta', /^[来文]/, `(?:文章)?来源${S}${COLON}${S}[^。，,；;\\r\\n]{0,30}?(?:公众号|微信号|订阅号|头条号|网|网站|文库|平台|客户端|APP|[Ww]{3}\\.${REST}{1,60})`, { needs: ['来源'], prefix: '(?:文章)?来源' }),
  line('page', /^[上下]/, `(?:上一篇|下一篇)${S}${COLON}${REST}{0,80}`, { needs: ['篇'] }),
  // a PDF's page number pasted as a line of its own (the report's own page numbers are added when it is printed)
  line('page', /^[-－—―–−]/, DASHED_PAGE_NUMBER, { needs: ['-', '－', '—', '―', '–', '−'] }),
  line('page', /^第/, NAMED_PAGE_NUMBER, { needs: ['页'] }),
  line('page', /^收/, `收藏《[^》\\r\\n]{1,80}》${RP}?`, { needs: ['收藏'] }),
  line('page', /^上/, `上传人${S}${COLON}${REST}{0,200}?(?:文档编号|格式|页数|大小)${S}${COLON}${REST}{0,200}`, { needs: ['传人'] }),
  line('disclaimer', /资源ID|全文页数|下载积分/, `${REST}{0,100}?(?:资源ID|全文页数|下载积分)${S}${COLON}?${REST}{0,200}`,
    { needs: ['资源ID', '全文页数', '下载积分'] }),
  line('disclaimer', /^【/, `【下载声明】${REST}{0,1000}`, { needs: ['下载声明'] }),
  line('disclaimer', /^版/, `版权说明${S}${COLON}${REST}{0,200}?(?:本文档|上传|侵权|举报|认领)${REST}{0,200}`, { needs: ['版权'] }),
  line('disclaimer', /^[（(【以]/, `[（(【]?以下无正文[）)】]?${STOP}?`, { needs: ['无正文'], prefix: '[（(【]?以下' }),
  line('disclaimer', /^本/, `本站资源下载后的文档${REST}{0,100}`, { needs: ['本站'], prefix: '本站' }),
  line('disclaimer', /^[0-9０-９本]/, `(?:${D}{1,2}${S}[.．、]${S})?本站(?:全部|所有|资源|仅提供|不保证)${REST}{0,200}?(?:文档|下载|上传|侵权|版权)${REST}{0,300}`,
    { severity: 'warning', safe: false, needs: ['本站'], prefix: `(?:${D}{1,2}${S}[.．、]${S})?本站` }),
  line('share', /^[微扫分]/, `(?:微信扫一扫|扫一扫分享|扫描二维码分享|分享到${S}${COLON}?${S}(?:微信|朋友圈|QQ|微博|空间))[^。\\r\\n]{0,30}`, { needs: ['扫', '享'] }),
  line('copyright', /^[版免]/, `(?:版权声明|版权所有|免责声明)${S}${COLON}?${REST}{0,300}`, { needs: ['版权', '免责声明'] }),
  line('copyright', /^[本文系为是作]/, `(?:本文|本篇|文章)?(?:系|为|是)?作者原创${REST}{0,100}`, { needs: ['原创'], prefix: '(?:本文|本篇|文章)?(?:系|为|是)?作者' }),
  // 本文来自某某公文网，转载请注明出处。: the source line as a whole, not only its request
  line('copyright', /^[本文]/, `(?:本文|本篇|文章)(?:来自|来源于|转载自|选自|摘自|由)[^。\\r\\n]{1,40}?${COMMA}?${S}(?:转载请注明(?:出处|来源)|如有侵权请联系(?:网站|作者)?删除|版权归(?:原)?作者所有)[^\\r\\n]{0,30}`,
    { needs: ['转载', '侵权', '版权'], prefix: '(?:本文|本篇|文章)(?:来|转|选|摘|由)' }),
  // a site's footer: Copyright © 2025 某某文库 All Rights Reserved, 某某公文网 www.example.com 版权所有
  line('copyright', /©|Copyright|COPYRIGHT|版权所有|Rights Reserved|RIGHTS RESERVED/,
    `[^。\\r\\n]{0,30}(?:©|Copyright|COPYRIGHT)[^。\\r\\n]{0,100}|[^。，,\\r\\n]{0,60}?(?:https?://|www\\.|网|文库)[^。，,\\r\\n]{0,60}?(?:版权所有|All Rights Reserved|ALL RIGHTS RESERVED)${S}[.。]?`,
    { needs: ['©', 'opyright', 'OPYRIGHT', '版权所有', 'ights', 'IGHTS'] }),
  line('banner', /欢迎/, `${REST}{0,20}(?:文库|网|网站|文档|范文|资料|平台)${S}${COMMA}?${S}欢迎您${S}${EXCL}?|欢迎您?(?:来到|访问|光临)${REST}{0,30}(?:文库|网|网站|平台)${S}${EXCL}?`,
    { needs: ['欢迎'] }),
  line('meta', /^[A-Za-z0-9０-９]/, `(?:[A-Za-z][A-Za-z0-9_]{0,30})?${S}${D}{4}-${D}{1,2}-${D}{1,2}${SP}{1,3}${D}{1,2}:${D}{2}(?::${D}{2})?`,
    { needs: [':'], prefix: `(?:[A-Za-z][A-Za-z0-9_]{0,30})?${S}${D}{4}-` }),
  line('meta', /^[发更]/, `(?:发布|发表|更新)(?:时间|日期)${S}${COLON}${REST}{0,150}`, { needs: ['时间', '日期'] }),
  line('meta', /^[浏阅点人]/, `(?:浏览量|阅读量|浏览次数|阅读次数|点击量|人气)(?:${S}${COLON}${S}|${SP}{1,3})${N}[^。\\r\\n]{0,100}`, { needs: ['浏览', '阅读', '点击', '人气'] }),
  line('meta', /^[来作编责时发上投供]/, `(?:来源|作者|编辑|责任编辑|时间|发布者|发布人|上传者|上传人|投稿人|供稿)${S}${COLON}${REST}{0,80}?(?:(?:浏览|阅读|点击)(?:量|次数|数)?${S}${COLON}?${S}${D}|发布时间)${REST}{0,80}`, { needs: ['浏览', '阅读', '点击', '布时间'] }),
  // 温馨提示：本文档共6页，可免费在线阅读全部内容。
  line('disclaimer', /^温/, `温馨提示${S}${COLON}${S}(?:本文档|本文|本站|本资料|本资源)${REST}{0,150}`, { needs: ['温馨提示'] }),
  line('boilerplate', /^[推相]/, `推荐度${S}${COLON}?[^。\\r\\n]{0,50}|相关推荐(?:${S}${COLON}${REST}{0,200})?`, { needs: ['推荐'] }),
  // 当前位置：首页 > 述职报告 > 正文, 某某范文网 > 心得体会 > 对照检查材料: a page's breadcrumb
  line('page', /^[当您你]/, `(?:当前位置|您的位置|你的位置|您现在的位置)${S}${COLON}${REST}{0,120}`, { needs: ['位置'] }),
  line('page', /[>＞»›]/, `[^。，,；;>＞»›\\r\\n]{0,20}?(?:首页|网|文库|范文|大全|频道|栏目)${S}[>＞»›]{1,2}${S}[^。\\r\\n]{1,100}`, { needs: ['>', '＞', '»', '›'] }),
  // 篇一, 【篇二】, 范文三：: where a page of several templates starts the next
  line('boilerplate', /^[篇范【[第]/, `[【\\[]?${S}(?:篇|范文)${S}[一二三四五六七八九十]{1,3}${S}[】\\]]?${S}${COLON}?|[【\\[]?第[一二三四五六七八九十]{1,3}篇[】\\]]?`,
    { needs: ['篇', '范文'], prefix: `[【\\[]?${S}(?:篇|范文|第[一二三四五六七八九十]{1,3}篇)` }),
  // ▶ 2023年度党建工作总结范文: a bulleted related link
  line('boilerplate', /^[▶►▸•→»]/, `[▶►▸•→»]${S}[^。！？；\\r\\n]{1,60}?(?:(?:范文|模板|大全|合集|精选|范例)(?:${S}${LP}[^（）()\\r\\n]{0,20}${RP})?|${TITLE_SUFFIX})`),
  // a related-link line: 述职报告范文大全, 2025年精选范文合集 (no sentence of a report)
  line('boilerplate', /范文(?:大全|精选|合集|模板)|精选范文/, `[^。！？；\r\n]{0,60}?(?:范文(?:大全|精选|合集|模板)|精选范文)[^。！？；\r\n]{0,30}`, { needs: ['范文'] }),
  line('boilerplate', /^导/, `导语${S}${COLON}${REST}{0,300}?(?:网友上传|本站|客服|欢迎参考|小编)${REST}{0,300}`, { needs: ['导语'] }),
  line('editable', /^精/, `精品文档`, { severity: 'warning', needs: ['精品文档'] }),
  // a news page's end mark on a line of its own: （全文完）, （完）
  line('boilerplate', /^[（(全]/, `${LP}?${S}全文完${S}${RP}?|${LP}${S}完${S}${RP}`, { severity: 'warning', needs: ['完'], prefix: `${LP}?${S}(?:全文)?完` }),
  // a PDF's page number as a fraction: 2 / 6
  line('page', /^[0-9０-９]/, BARE_PAGE_FRACTION, { needs: ['/', '／'], prefix: `${D}{1,3}${S}[/／]` }),
  // 本文为word格式，下载后可随意编辑修改: the file's format, as a site states it
  line('editable', /^本/, `本文(?:档)?(?:为|是)${S}(?:[Ww][Oo][Rr][Dd]|WORD|[Dd][Oo][Cc][Xx]?)${S}(?:格式|版|文档)${REST}{0,40}`, { severity: 'warning', needs: ['本文'], prefix: '本文档?[为是]' }),
  // （此文档为word格式，可任意编辑修改）, 【本文档共5页】: a site's note on the file, in brackets on a line of its own
  line('editable', /^[（(【[]/, `[（(【\\[]${S}(?:此|本)?(?:文档|文章|文件|资料)?(?:为|是)?${S}(?:[Ww][Oo][Rr][Dd]|WORD|[Dd][Oo][Cc][Xx]?)${S}(?:格式|版|文档)[^（）()【】\\[\\]\\r\\n]{0,30}[）)】\\]]`,
    { severity: 'warning', needs: ['ord', 'ORD', 'oc', 'OC'], prefix: `[（(【\\[]${S}(?:此|本)?(?:文档|文章|文件|资料)?(?:为|是)?${S}[WwDd]` }),
  line('page', /^[（(【[]/, `[（(【\\[]${S}(?:本|此)?文档?共${S}${N}${S}页${S}[）)】\\]]`, { needs: ['文档共', '本文共'], prefix: `[（(【\\[]${S}(?:本|此)?文档?共` }),
  // 原文链接：https://…, 本文链接：…, 本文地址：…: the page the text was copied from
  line('copyright', /^[原本文网页]/, `(?:原文|本文|文章|网页|页面)(?:链接|地址|网址)${S}${COLON}${S}(?:https?://|www\\.)[^\\s]{1,200}`,
    { needs: ['http', 'www.'], prefix: '(?:原文|本文|文章|网页|页面)(?:链接|地址|网址)' }),
  // 声明：本文内容由互联网用户自发贡献…
  line('copyright', /^[声免]/, `(?:免责)?声明${S}${COLON}${S}(?:本文|本站|本文档|本网|文章)${REST}{0,300}?(?:网友|用户|互联网|网络|转载|侵权|版权|观点|作者)${REST}{0,300}`, { needs: ['声明'] }),
  // 本文已影响3210人, TAG标签：述职报告, 责任编辑：小王, 文档页数：5页
  line('meta', /^本/, `本文已(?:影响|帮助)${S}${N}${S}人${REST}{0,20}`, { needs: ['影响', '帮助'], prefix: '本文已' }),
  line('meta', /^[Tt标相]/, `(?:(?:TAG|Tag|tag|TAGS|Tags|tags)${S}(?:标签)?|相关标签)${S}${COLON}${REST}{0,100}`, { needs: ['标签', 'AG', 'ag'] }),
  line('meta', /^责/, `责任编辑${S}${COLON}${S}[^。，,\\r\\n]{1,20}`, { needs: ['责任编辑'] }),
  line('meta', /^文/, `文档(?:页数|字数|大小)${S}${COLON}${REST}{0,40}`, { needs: ['文档'], prefix: '文档' }),
  line('page', /^[Pp]/, `[Pp]age${SP}{0,3}${D}{1,4}(?:${SP}{0,3}(?:of|/)${SP}{0,3}${D}{1,4})?`, { needs: ['age'] }),
  line('disclaimer', /^本/, `本(?:文档?|资料)下载(?:自|于)${REST}{1,100}`, { needs: ['下载'], prefix: '本(?:文档?|资料)下载' }),
  // [ 文 档 可 能 无 法 思 考 全 面 ， 请 浏 览 后 下 载 ]: a document site's note, its characters spaced apart
  line('disclaimer', /浏[ \u3000]{0,3}览[ \u3000]{0,3}后/, `[\\[【（(]?${S}文${S}档${S}可${S}能${S}无${S}法${S}思${S}考${S}全${S}面${S}[，,]?${S}请${S}浏${S}览${S}后${S}下${S}载${S}[\\]】）)]?`,
    { needs: ['浏览', '浏 ', '浏\u3000'] }),
  // 本文为VIP专享文档，开通VIP会员可免费下载全文 ¥5.00 立即开通
  line('disclaimer', /VIP|下载券/, `[^。！？\\r\\n]{0,40}?(?:VIP专享|VIP专属|VIP文档|VIP(?:会员)?(?:可|即可)?免费(?:下载|阅读|查看)?|开通VIP|下载券)[^。！？\\r\\n]{0,80}?(?:下载|开通|阅读|全文|[¥￥]|元)[^。！？\\r\\n]{0,40}`,
    { needs: ['VIP', '下载券'] }),
  // ▲ 本站仅展示前5页，下载后可编辑 ▲: a site's note between marks
  line('page', new RegExp(`^${NOTICE_MARK}`), `${NOTICE_MARK}${S}[^。\\r\\n]{0,60}?(?:文档|本站|下载后|免费下载|预览|全文)[^。\\r\\n]{0,60}?${S}${NOTICE_MARK}`),
  // 本文档由用户上传，如有侵权请联系删除; （本文来源于网络，仅供学习参考，不得用于商业用途）
  line('disclaimer', /如有侵权|用于(?:任何)?商业/, `${LP}?(?:[^。\\r\\n]{0,20}?(?:本文|本篇|文档|资料|文章|网络|仅供|转载|上传|图片)[^。\\r\\n]{0,30}?)?(?:如有侵权${S}${COMMA}?${S}请?(?:及时)?(?:联系|告知|通知)[^。\\r\\n]{0,12}?删除|(?:不得|请勿|禁止)用于(?:任何)?商业(?:用途|目的))[^。\\r\\n]{0,40}?${STOP}?${S}${RP}?`,
    { needs: ['如有侵权', '用于商业', '用于任何商业'] }),
  line('editable', /^本/, `本文档${REST}{0,100}?(?:仅供|来源|下载|上传|版权|侵权|可编辑|免费|收集|整理|网络|用户)${REST}{0,100}`,
    { severity: 'info', safe: false, needs: ['文档'], prefix: '本文档' }),
];
const LINE_MAX = 1200;
/**
 * Any line pattern's hint: two tests rule out most lines without reading them. The hints anchored
 * at the line's start are tried there only (sticky); the others are searched for once in the whole
 * text, which finds the few lines that hold one.
 */
/**
 * The line patterns whose hint is looked for anywhere in a line. Each names strings one of which
 * every match writes out, its first character never markup (a heading's marker or `#`, a bullet,
 * bold marks, a table's bars): so they stand in the prose, where the shared pass finds them, and a
 * pattern none of whose strings is there is not searched for.
 */
const ANYWHERE_PATTERNS = LINE_PATTERNS.filter((p) => p.hint && !p.hint.source.startsWith('^'));
/** The searches for the hints of some of those patterns, by the patterns' numbers. */
const anywhereSearches = new Map<string, RegExp>();

/**
 * One search for the hints of the patterns given: only of those the text may match, since every
 * alternative more slows the search down at each character (a class such as [>＞»›] most).
 */
function anywhereSearch(patterns: readonly Pattern[]): RegExp {
  const key = patterns.map((p) => ANYWHERE_PATTERNS.indexOf(p)).join(',');
  let re = anywhereSearches.get(key);
  if (!re) {
    if (anywhereSearches.size > 100) anywhereSearches.clear();
    anywhereSearches.set(key, (re = new RegExp([...new Set(patterns.map((p) => p.hint!.source))].join('|'), 'g')));
  }
  return re;
}
const byFirstCharacter = new Map<number, readonly Pattern[]>();

/** Per UTF-16 code: whether a line pattern may start with it (2), none may (1), or not asked yet (0). */
const START_KNOWN = new Uint8Array(65536);

/** Whether some line pattern's start hint lets a line starting with `code` through (asked once per code). */
function mayStartLinePattern(code: number): boolean {
  let known = START_KNOWN[code];
  if (known === 0) START_KNOWN[code] = known = patternsStartingWith(code).length ? 2 : 1;
  return known === 2;
}

/** The line patterns whose start hint (one character class) a line starting with `code` passes, in order. */
function patternsStartingWith(code: number): readonly Pattern[] {
  let list = byFirstCharacter.get(code);
  if (!list) {
    const first = String.fromCharCode(code);
    list = LINE_PATTERNS.filter((p) => p.hint?.source.startsWith('^') && p.hint.test(first));
    byFirstCharacter.set(code, list);
  }
  return list;
}

/**
 * Per UTF-16 code: the prefixes of the line patterns a line starting with it passes the start hint of,
 * as one sticky regex, when there are several and each has one (a line none of them starts is passed
 * over with one test, not one per pattern); else null.
 */
const prefixGates = new Map<number, RegExp | null>();

/** Whether the line's content starting at `start` with `code` starts as one of the line patterns its first character may start can. */
function passesPrefixGate(text: string, start: number, code: number): boolean {
  let gate = prefixGates.get(code);
  if (gate === undefined) {
    const list = patternsStartingWith(code);
    gate = list.length > 1 && list.every((p) => p.prefix) ? new RegExp(list.map((p) => `(?:${p.prefix!.source})`).join('|'), 'y') : null;
    prefixGates.set(code, gate);
  }
  if (!gate) return true;
  gate.lastIndex = start;
  return gate.test(text);
}

/** Where `codesAtStarts` puts the codes, kept from one check to the next (up to `KEPT_START_CODES` of them). */
let startCodes = new Uint16Array(1024);
const KEPT_START_CODES = 1 << 16;

/**
 * The code where each of the lines' content starts, read in a loop of its own (the parser noted it
 * too): these reads wait on nothing, so the processor makes many at once, and brings each line's start
 * into its cache for the prefix gates, which read on from there. In a long report the lines lie far
 * apart in memory, and the gates would otherwise wait for them one at a time.
 */
function codesAtStarts(text: string, lines: readonly number[], contentStarts: Int32Array): Uint16Array {
  let codes = startCodes;
  if (codes.length < lines.length) {
    codes = new Uint16Array(2 * lines.length);
    if (codes.length <= KEPT_START_CODES) startCodes = codes;
  }
  for (let k = 0; k < lines.length; k++) codes[k] = text.charCodeAt(contentStarts[lines[k]]);
  return codes;
}

/** Phrases that make the whole sentence around them site boilerplate; tried where one of their first words stands. */
const BOILERPLATE_RE = new RegExp(
  `小编(?:精心|为大家|为您|整理|收集|推荐|给大家|带来|特意|今天)|来源于网友上传|不代表本站观点|可咨询客服|欢迎阅读${S}${COMMA}?${S}希望(?:大家|对您|对大家|能)`,
  'y',
);
/** The words one of which every boilerplate phrase starts with (no markup starts with them: they stand in the prose). */
const BOILERPLATE_NEEDS = ['小编', '来源于网友上传', '不代表本站观点', '可咨询客服', '欢迎阅读'];
const SENTENCE_END_CHARS = '。！？!?';
/** A boilerplate sentence is removed without asking only when it opens like one. */
const BOILERPLATE_OPENING_RE = /^(?:以下是|以下为|下面是|这是|本文|小编|导语|欢迎|为大家|为您)/;
/** How far a boilerplate sentence may reach either side of its phrase; longer is not one sentence. */
const SENTENCE_REACH = 300;

/** A site's suffix at the end of a title-like line: （通用6篇）, (述责述廉经典稿3000字). */
const TITLE_SUFFIX_RE = new RegExp(`${TITLE_SUFFIX}$`);
const TITLE_MAX = 80;

/**
 * A line's first character may start a line pattern, and the line starts as the prefix of one of those
 * can (`passesPrefixGate`); whether the text may match them is asked later.
 */
const MAY_START_PATTERN = 1;
/** The characters a heading's markup (`markupPrefix`) may start with: `#`, a bullet, bold marks, an emoji. */
const MAY_OPEN_MARKUP = new Uint8Array(65536);
for (const ch of '#-*+') MAY_OPEN_MARKUP[ch.charCodeAt(0)] = 1;
for (const [a, b] of EMOJI_START_RANGES) MAY_OPEN_MARKUP.fill(1, a, b + 1);

/** Whether the code is one of a heading's markup other than emoji: `#`, a bullet, a bold mark, a space. */
function isMarkupCode(code: number): boolean {
  return code === 0x23 || code === 0x2d || code === 0x2a || code === 0x2b || isInlineSpaceCode(code);
}

/** A line is short enough for a title and ends with a closing parenthesis, as one with a site's suffix does. */
const MAY_END_TITLE = 2;

/**
 * Discuz "jammer": runs of 1–2-character ASCII tokens glued after Chinese text. Sticky: tried only
 * where a run may start (see `noise`).
 */
const NOISE_RE = new RegExp(`[!-~](?<=[${HAN}，。；：、！？）”]${SP}?[!-~])[!-~]? (?:[!-~]{1,2} ){2,59}[!-~]{1,2}(?=${SP}{0,3}(?:[\\r\\n]|$)|[${HAN}，。；：、！？])`, 'y');
const NOISE_PUNCT = /[!-/:-@[-`{-~]/;

/** Whether the code is one of a noise token's: printable ASCII, not the space. */
function isTokenCode(code: number): boolean {
  return code > 0x20 && code < 0x7f;
}

/** Where the space after a token of one or two characters at `i` stands, or -1 when none is there. */
function spaceAfterToken(text: string, i: number): number {
  if (!isTokenCode(text.charCodeAt(i))) return -1;
  if (text.charCodeAt(i + 1) === 0x20) return i + 1;
  return isTokenCode(text.charCodeAt(i + 1)) && text.charCodeAt(i + 2) === 0x20 ? i + 2 : -1;
}

/** Whether the word (ASCII letters, lower case) stands before `at`, case aside. */
function isWordBefore(text: string, at: number, word: string): boolean {
  const start = at - word.length;
  if (start < 0) return false;
  // `| 0x20` lowers an ASCII capital and makes no other character a small letter
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(start + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

const MASK_RE = /[*＊]{3,}/g;
const HAN_ONE = new RegExp(`^[${HAN}]$`);

/** An emoji, or a keycap (1️⃣) with what may follow one. */
const EMOJI_UNIT = `(?:${EMOJI_SOURCE}|[0-9#*]\\uFE0F?\\u20E3${EMOJI_TAIL_SOURCE})`;
const EMOJI_AT_RE = new RegExp(`(?:${EMOJI_UNIT})+`, 'uy');
/** Inclusive ranges of UTF-16 codes. */
type CodeRanges = readonly (readonly [number, number])[];
const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
/** The inside of a regex character class (`[…]`) holding the ranges. */
const classOf = (ranges: CodeRanges) => ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('');
const codesOf = (ranges: CodeRanges) => ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, k) => a + k));

/**
 * Where an emoji may start (a superset, one character class): pictographic ranges, surrogates,
 * keycaps. A keycap is found at its U+20E3, by itself, and started at the digit before.
 */
const EMOJI_HINTS: CodeRanges = [...EMOJI_START_RANGES, [0x20e3, 0x20e3]];
const EMOJI_HINT_RE = new RegExp(`[${classOf(EMOJI_HINTS)}]`, 'g');
const KEYCAP_BASE = '0123456789#*';

/** Whether a code may end an emoji: where one may start, a low surrogate, a variation selector, a join, a keycap. */
function isEmojiTail(code: number): boolean {
  return mayStartEmoji(code) || (code >= 0xdc00 && code <= 0xdfff) || code === 0xfe0f || code === 0x200d || code === 0x20e3;
}
const KEYCAP_RE = /\u20E3/;

const TONE = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const PINYIN_GLOSS = `[（(][a-zü]{0,6}[${TONE}][a-zü]{0,6}[）)]`;
const PINYIN_RUN_RE = new RegExp(`(?:[${HAN}]${PINYIN_GLOSS}){2,}`, 'g');
const PINYIN_GLOSS_RE = new RegExp(PINYIN_GLOSS, 'g');

/** Thai, Lao, Khmer, Myanmar, Hebrew, Arabic, Devanagari letters wedged between Han characters. */
const STRAY_SCRIPTS: CodeRanges = [[0x0e00, 0x0eff], [0x1780, 0x17ff], [0x1000, 0x109f], [0x0590, 0x06ff], [0x0900, 0x097f]];
const STRAY_RE = new RegExp(`[${classOf(STRAY_SCRIPTS)}]{1,3}(?=[${HAN}])`, 'g');

/**
 * Where an emoji or a stray letter could start, and the tone letters of pinyin: the shared pass over
 * the prose finds them (emoji, stray letters and pinyin outside the prose are not reported), and
 * the scans for emoji, stray letters and pinyin only run when one of theirs is there.
 */
const EMOJI_OR_STRAY = sharedCharacterSet(codesOf([...EMOJI_HINTS, ...STRAY_SCRIPTS]));
const TONE_LETTERS = sharedCharacterSet([...TONE].map((c) => c.charCodeAt(0)));

/*
 * Watermarks: a site's name, address or 公众号 put into the text, often inside a sentence and glued
 * to the prose on both sides (更多精品范文请关注公众号：某某文库 www.example.com深入开展…). Their shape is
 * read by a grammar tried only near a trigger (an address or an account word); what it reads is
 * then weighed, so that prose mentioning an account or an address stays.
 */
/** The triggers: no markup starts with them, so the shared pass finds each that matters in the prose. */
const WATERMARK_TRIGGERS = ['http://', 'https://', 'www.', '公众号', '微信号', '订阅号', '材库'];
/** How far before its trigger a watermark may start (its lead, a bracketed brand or a source's name). */
const WATERMARK_REACH = 48;
const HOST = '[A-Za-z0-9-]';
/**
 * An address: its host ends with a top-level name of letters, so prose glued after it stays out
 * (www.example.com深入…, www.example.com2024年…).
 */
const URL = `(?:https?://|www\\.)(?:${HOST}{1,63}\\.){1,6}[A-Za-z]{2,24}(?::[0-9]{1,5})?(?:/[A-Za-z0-9\\-._~/?#@$&'*+=%]{0,200})?`;
const URL_RE = new RegExp(URL, 'g');
const GOVERNMENT_URL = /\.gov(?:\.cn)?(?:[/:]|$)/i;
const CLOSE = '[）)”"」』】]';
/** A name that ends where punctuation, a space before an address, or the line's end sets it apart; `!` may split a brand (笔杆!子). */
const NAME_CHAR = `[^\\s，。；;,、：:（）()“”"「」『』【】《》<>？?.]`;
const NAME_END = `(?=${S}(?:[，。；;,、：:？?\\r\\n]|${CLOSE}|[!！](?![${HAN}])|https?://|www\\.|$))`;
const NAME_SET_APART = `${NAME_CHAR}{1,20}?${NAME_END}`;
/** A site's words that end a name (the longer first). */
const BRAND_WORDS = ['文库网', '范文网', '文档网', '资料网', '文秘网', '素材网', '公文网', '写作网', '文库', '素材库', '资料库', '范文'];
/** How many characters of a name may stand before its brand word. */
const BRAND_REACH = 12;
/** A name ending in a site's word, which ends it also when prose is glued after it (某某文库深入开展…). */
const NAME_BRANDED = `${NAME_CHAR}{0,${BRAND_REACH}}(?:${BRAND_WORDS.join('|')})`;
const NAME = `(?:${NAME_BRANDED}|${NAME_SET_APART})`;
const QUOTED_NAME = `[“"「『【]${S}[^“”"「」『』【】\\r\\n]{1,20}?${S}${CLOSE}`;
const ACCOUNT = `(?:微信)?(?:公众号|微信号|订阅号)${S}(?:${QUOTED_NAME}|${COLON}${S}${NAME}|${NAME_BRANDED})`;
/** What a site offers more of: 精品范文, 公文写作资料 (a few words before the kind). */
const WHAT = `(?:精品|精彩|优秀|优质|免费|实用)?(?:[${HAN}]{0,4}?(?:范文|资料|文章|内容|素材|文档|公文|材料|文稿))?`;
/** 更多精品范文请关注, 更多精彩内容请访问, 欢迎关注, 微信搜索. */
const LEAD_MORE = `(?:获取|查看|阅读|下载)?更多${WHAT}${S}(?:${COMMA}${S}(?=[请敬欢可]))?(?:请|敬请|欢迎|可|就|尽在)?${S}(?:关注|访问|登录|登陆|搜索|浏览|进入|查看|点击)?`;
const LEAD_FOLLOW = '(?:欢迎|敬请|请)?(?:扫码)?(?:关注|搜索|添加)|微信搜索';
const LEAD = `(?:${LEAD_MORE}|${LEAD_FOLLOW})${S}${COLON}?${S}`;
/** 文章来源：某某网, 本资料来源于, 本文由某某文库整理，. */
const SOURCE_LEAD = `(?:(?:本文|本篇|本资料|本文档|本材料|文章|资料|文档)?(?:来源|出处)${S}[于自]?|(?:本文|本篇|本资料|本文档|本材料|文章|资料)(?:由|转载自|摘自|选自|整理自|来自))${S}${COLON}?${S}`;
const SOURCE = `${SOURCE_LEAD}(?:${NAME}${S}(?:整理|提供|收集|发布|编辑|原创)?${S}${COMMA}?${S})?(?:${URL}|${ACCOUNT})`;
const TAIL_WORD = '(?:整理汇总|汇总整理|收集整理|整理发布|整理|汇总)';
/** A sentence standing next to a watermark as part of it (…。整理汇总。). */
const TAIL_SENTENCE = `(?:${TAIL_WORD}|欢迎关注|欢迎转载|转载请注明出处|版权所有)(?=${S}(?:[。.！!；;\\r\\n]|$))`;
/** （某某素材库：https://…）, （某某素材库：https://… 整理汇总）, (来源：某某范文网 https://…). */
const BRACKETED = `${LP}${S}(?:${NAME}${S}${COLON}${S}${URL}|${SOURCE})(?:${S}${TAIL_WORD})?${S}${RP}`;
/** (某某文创素)材库:https://…, （廉政素材库）来源：https://…: a bracketed brand before the address. */
const BRACKET_BEFORE = `${LP}[^（）()\\r\\n]{1,20}${RP}${S}(?:素?材库|文库)?${S}(?:来源|出处)?${S}${COLON}${S}${URL}`;
const GET_MORE = `${S}${COMMA}?${S}(?:免费)?(?:获取|查看|阅读|下载|了解)(?:更多|海量)${WHAT}`;
const WATERMARK_UNIT = `(?:(?:${LEAD})?(?:${ACCOUNT}(?:${S}${URL})?|(?:${NAME_BRANDED}${S}${COLON}?${S})?${URL})|${SOURCE}|${BRACKETED}|${BRACKET_BEFORE})(?:${GET_MORE}|${S}${TAIL_WORD})?`;
/**
 * Units one after another, each its own sentence or clause (…/。公众号:某某。整理汇总); or a line break,
 * which ends a search for them. Sticky: tried only where a match can start (`mayStartWatermark`).
 */
const WATERMARK_RE = new RegExp(
  `[\\r\\n]|(?:${TAIL_SENTENCE}${S}[。.]${S})?${WATERMARK_UNIT}(?:${S}[。.；;，,]${S}(?:${WATERMARK_UNIT}|${TAIL_SENTENCE}))*`, 'y');
/**
 * The characters a match of the grammar can start with, besides a name's (`NAME_BRANDED`): a line
 * break; the first of a tail sentence (整汇收欢转版), of a lead (获查阅下更, 欢敬请扫关搜添微), of an
 * account (微公订), of an address (hw), of a source's lead (本文资来出), a bracket. Any other start is a
 * name's, up to `BRAND_REACH` characters before its brand word. Kept with the grammar: a new way for
 * a match to start needs its character here.
 */
const WATERMARK_FIRST = new Uint8Array(65536);
for (const ch of '\r\n整汇收欢转版获查阅下更敬请扫关搜添微公订hw本文资来出（(') WATERMARK_FIRST[ch.charCodeAt(0)] = 1;
/** The first characters of the brand words. */
const BRAND_FIRST = new Uint8Array(65536);
for (const w of BRAND_WORDS) BRAND_FIRST[w.charCodeAt(0)] = 1;

/** Whether a brand word starts at `i`. */
function brandWordAt(text: string, i: number): boolean {
  return BRAND_FIRST[text.charCodeAt(i)] === 1 && BRAND_WORDS.some((w) => text.startsWith(w, i));
}
/** Words that make what the grammar read a site's own: a brand, a site's lead or source line. */
const WATERMARK_BRAND_RE = /文库|素材|材库|文创|范文|文秘|更多|本文|本篇|本资料|本文档|本材料|文章来源|资料来源|整理汇总|汇总整理/;
/** Where a sentence starts or ends, and where a clause does. */
const SENTENCE_MARK = '。！？!?；;';
const CLAUSE_MARK = '，,、：:';
/** The punctuation right after a watermark that may go with it. */
const STOP_MARK = '。.；;';
const STOP_WITHIN_RE = /[。.；;]/;
/** A letter, digit or Han character: words beside an address. */
const WORD_RE = new RegExp(`[${HAN}A-Za-z0-9]`);
const COMMA_MARK = '，,';

/**
 * The anchors of the inline patterns, the strings the others need, those of the line patterns whose
 * hint is looked for anywhere, the boilerplate's words and the watermarks' triggers, for the shared
 * pass over the prose: it finds where each stands in one read of the text, where a search of the
 * text for each would read it once per string.
 */
const PROSE_STRINGS = [...new Set([
  ...[...INLINE_PATTERNS, ...ANYWHERE_PATTERNS].flatMap((p) => p.anchors ?? p.needs ?? []), ...BOILERPLATE_NEEDS, ...WATERMARK_TRIGGERS,
])].filter((s) => s.length >= 2);
const PROSE_STRING_SET = sharedStringSet(PROSE_STRINGS);
const IS_PROSE_STRING = new Set(PROSE_STRINGS);
/** Those strings by their first two code units (`first << 16 | second`). */
const STRINGS_BY_PAIR = new Map<number, string[]>();
for (const a of PROSE_STRINGS) {
  const key = (a.charCodeAt(0) << 16) | a.charCodeAt(1);
  const list = STRINGS_BY_PAIR.get(key);
  if (list) list.push(a);
  else STRINGS_BY_PAIR.set(key, [a]);
}

interface Candidate {
  kind: Kind;
  start: number;
  end: number;
  severity?: Severity;
  /**
   * How to remove it: `span` deletes exactly the residue, `line` the whole line, `edits` the given
   * edits (residue wedged into prose, such as pinyin glosses), `none` cannot be removed (a masked word).
   */
  removal: 'span' | 'line' | 'none' | TextEdit[];
  safe: boolean;
  /** Safe when the line holds nothing but residue. */
  safeAlone?: boolean;
}

interface LineInfo {
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
}

const compiledExtras = new Map<string, RegExp | null>();

/** Compiles a user pattern once; an invalid one is ignored (null). */
function compileExtra(source: string): RegExp | null {
  let re = compiledExtras.get(source);
  if (re !== undefined) return re;
  re = null;
  for (const flags of ['gmu', 'gm']) {
    try {
      re = new RegExp(source, flags);
      break;
    } catch {
      // try without the unicode flag, then give up on this pattern
    }
  }
  if (compiledExtras.size > 200) compiledExtras.clear();
  compiledExtras.set(source, re);
  return re;
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\u3000';
}

function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK_RE.test(ch);
}

function excerptOf(text: string): string {
  // at most 30 code units are at most 30 characters: most residue is short
  if (text.length <= 30) return text;
  const chars = Array.from(text);
  return chars.length > 30 ? `${chars.slice(0, 28).join('')}…` : text;
}

class Scanner {
  readonly text: string;
  readonly lineCount: number;
  /** Per line: where it ends (before the line break), and its content without the spaces around it (the parser's, never written to). */
  private readonly lineEnds: Int32Array;
  private readonly contentStarts: Int32Array;
  private readonly contentEnds: Int32Array;
  /** Lines not to look at: blank lines, front matter, suppression comments, lines already flagged whole. */
  readonly skip: Uint8Array;
  /**
   * Per line, what its first and last characters allow (`MAY_START_PATTERN`, `MAY_END_TITLE`): noted
   * while the line is read first, so that the later passes over the lines need not read the text.
   */
  private readonly edges: Uint8Array;
  readonly candidates: Candidate[] = [];
  readonly scanFrom: number;
  /** Whether the text holds a string (longer than one character), for strings asked about more than once. */
  private readonly held = new Map<string, boolean>();
  private heldLinePatterns: readonly Pattern[] | undefined;
  private readonly heldStartingWith = new Map<number, readonly Pattern[]>();
  private placesByString: Map<string, number[]> | undefined;
  private spacePlaces: number[] | undefined;
  /** The lines with `MAY_START_PATTERN`, and those with `MAY_END_TITLE`, ascending. */
  private readonly startLines: number[] = [];
  private readonly titleLines: number[] = [];
  /** The lines whose first character may open Markdown or emoji before a heading (`MAY_OPEN_MARKUP`), ascending. */
  private readonly markupLines: number[] = [];

  constructor(readonly model: ReportModel) {
    this.text = model.text;
    const starts = model.lineStarts;
    const count = (this.lineCount = starts.length);
    const contents = lineContents(model);
    this.lineEnds = contents.ends;
    this.contentStarts = contents.contentStarts;
    this.contentEnds = contents.contentEnds;
    this.skip = new Uint8Array(count);
    this.edges = new Uint8Array(count);
    this.readLines(contents.firstCodes, contents.lastCodes);
    if (this.startLines.length) this.gateStartLines(codesAtStarts(this.text, this.startLines, this.contentStarts));
    this.scanFrom = model.frontMatter ? model.frontMatter.span.end : 0;
    for (let i = 0; i < count && starts[i] < this.scanFrom; i++) this.skip[i] = 1;
    for (const b of model.comments) {
      for (let i = b.line; i <= b.endLine; i++) this.skip[i] = 1;
    }
  }

  /**
   * Notes what each line's first and last characters allow (the parser noted where its content lies
   * and those characters, so the text is read only where a line pattern may start). The loop is a
   * method of its own with nothing after it: the engine optimizes it while it runs, and code after it
   * that had not run yet then would send that code back to the interpreter on every report.
   */
  private readLines(firstCodes: Uint16Array, lastCodes: Uint16Array): void {
    const { contentStarts, contentEnds } = this;
    const count = this.lineCount;
    for (let i = 0; i < count; i++) {
      const contentStart = contentStarts[i];
      const contentEnd = contentEnds[i];
      if (contentStart === contentEnd) {
        this.skip[i] = 1;
        continue;
      }
      let edges = 0;
      const first = firstCodes[i];
      // (kept if it passes its prefix gate, which reads the text: see `gateStartLines`)
      if (mayStartLinePattern(first)) this.startLines.push(i);
      if (MAY_OPEN_MARKUP[first] === 1) this.markupLines.push(i);
      const last = lastCodes[i];
      if (contentEnd - contentStart <= TITLE_MAX && (last === 0xff09 || last === 0x29)) {
        edges |= MAY_END_TITLE;
        this.titleLines.push(i);
      }
      this.edges[i] = edges;
    }
  }

  /** Keeps of `startLines` those whose start passes its prefix gate, noting them in `edges`; `codes` are the codes at their starts. */
  private gateStartLines(codes: Uint16Array): void {
    const { text, contentStarts, startLines } = this;
    let kept = 0;
    for (let k = 0; k < startLines.length; k++) {
      const i = startLines[k];
      if (!passesPrefixGate(text, contentStarts[i], codes[k])) continue;
      this.edges[i] |= MAY_START_PATTERN;
      startLines[kept++] = i;
    }
    startLines.length = kept;
  }

  /** Whether the text holds a character, or the prose one of `PROSE_STRINGS` (any other string: the text). */
  holds(s: string): boolean {
    if (s.length === 1) return holdsCharacter(this.model, s);
    // found in the prose by the shared pass
    if (IS_PROSE_STRING.has(s)) return this.stringPlaces().has(s);
    let found = this.held.get(s);
    if (found === undefined) this.held.set(s, (found = this.mayHold(s) && this.text.includes(s)));
    return found;
  }

  /** False when a character of the string is missing from the text (the shared pass notes every character). */
  mayHold(s: string): boolean {
    for (const ch of s) if (!holdsCharacter(this.model, ch)) return false;
    return true;
  }

  mayHoldAny(strings: readonly string[]): boolean {
    return strings.some((s) => this.mayHold(s));
  }

  line(i: number): LineInfo {
    return { start: this.model.lineStarts[i], end: this.lineEnds[i], contentStart: this.contentStarts[i], contentEnd: this.contentEnds[i] };
  }

  lineOf(offset: number): number {
    return lineAtOffset(this.model.lineStarts, offset);
  }

  add(c: Candidate): void {
    if (c.end <= c.start || c.start < this.scanFrom || this.skip[this.lineOf(c.start)]) return;
    this.candidates.push(c);
  }

  /** Which of the rare kinds of residue the text could hold: emoji or stray letters, pinyin glosses. */
  rareKinds(): { emojiOrStray: boolean; pinyin: boolean } {
    return {
      emojiOrStray: characterPositions(this.model, EMOJI_OR_STRAY).length > 0 || this.emojiBeforeHeading(),
      pinyin: characterPositions(this.model, TONE_LETTERS).length > 0,
    };
  }

  /** Whether a heading has emoji before its marker, which the parser keeps out of the prose (📌一、…). */
  private emojiBeforeHeading(): boolean {
    const headings = this.model.headings;
    const text = this.text;
    // only the lines markup may open: a heading's markup starts its line, and its emoji follow the rest
    // of it (`#`, a bullet, bold marks, spaces) at once
    for (const i of this.markupLines) {
      let first = this.contentStarts[i];
      const end = this.contentEnds[i];
      while (first < end && isMarkupCode(text.charCodeAt(first))) first++;
      if (first === end || !mayStartEmoji(text.charCodeAt(first))) continue;
      const k = partitionPoint(headings.length, (j) => headings[j].line >= i);
      const prefix = k < headings.length && headings[k].line === i ? headings[k].markupPrefix : undefined;
      if (!prefix) continue;
      for (let at = prefix.start; at < prefix.end; at++) if (mayStartEmoji(text.charCodeAt(at))) return true;
    }
    return false;
  }

  /** Runs a global regex over the text after the front matter (from `from`, when no match starts before it); the callback gets each match. */
  each(re: RegExp, onMatch: (m: RegExpExecArray) => void, from = this.scanFrom): void {
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      onMatch(m);
    }
  }

  wholeLines(): void {
    let hinted: Uint8Array | undefined;
    // a single character is known for the whole text, a longer string for the prose
    const held = ANYWHERE_PATTERNS.filter((p) => p.needs!.some((s) => this.holds(s)));
    if (held.length) this.each(anywhereSearch(held), (m) => {
      (hinted ??= new Uint8Array(this.lineCount))[this.lineOf(m.index)] = 1;
    });
    if (hinted) this.linesHinted(hinted);
    else this.linesStarting();
  }

  /** The lines a line pattern may start (most texts hold no hint found anywhere). */
  private linesStarting(): void {
    const lines = this.startLines;
    for (let k = 0; k < lines.length; k++) this.wholeLine(lines[k], false);
  }

  /** Every line marked by the search for hints, and every line a line pattern may start. */
  private linesHinted(hinted: Uint8Array): void {
    for (let i = 0; i < this.lineCount; i++) if (hinted[i] || this.edges[i] & MAY_START_PATTERN) this.wholeLine(i, hinted[i] === 1);
  }

  /** Flags line `i` when it matches a line pattern as a whole. */
  private wholeLine(i: number, hinted: boolean): void {
    if (this.skip[i]) return;
    const contentStart = this.contentStarts[i];
    const contentEnd = this.contentEnds[i];
    if (contentEnd - contentStart > LINE_MAX) return;
    // a pattern with a hint found elsewhere in the line can only match where the search marked it
    const candidates = hinted ? this.linePatternsHeld() : this.linePatternsStartingWith(this.text.charCodeAt(contentStart));
    const p = this.lineMatch(candidates, contentStart, contentEnd);
    if (p) this.flagLine(i, p);
  }

  /** Reports line `i` as residue of pattern `p`, whole, and sets it aside. */
  private flagLine(i: number, p: Pattern): void {
    this.candidates.push({ kind: p.kind, start: this.contentStarts[i], end: this.contentEnds[i], severity: p.severity, removal: 'line', safe: p.safe ?? true });
    this.skip[i] = 1;
  }

  /**
   * Lines a content site framed with emoji (👇👇 长按识别二维码 关注我们 👇👇, 🔥 建议收藏 🔥): what the
   * emoji frame is tried against the line patterns, and when it matches, the line goes whole.
   */
  emojiFramedLines(): void {
    const text = this.text;
    for (let i = 0; i < this.lineCount; i++) {
      if (this.skip[i]) continue;
      const contentStart = this.contentStarts[i];
      const contentEnd = this.contentEnds[i];
      if (!mayStartEmoji(text.charCodeAt(contentStart)) || contentEnd - contentStart > LINE_MAX) continue;
      let start = contentStart;
      for (;;) {
        EMOJI_AT_RE.lastIndex = start;
        if (!EMOJI_AT_RE.test(text)) break;
        start = EMOJI_AT_RE.lastIndex;
        while (start < contentEnd && isSpace(text[start])) start++;
      }
      if (start === contentStart || start >= contentEnd) continue;
      let end = contentEnd;
      while (end > start && (isSpace(text[end - 1]) || isEmojiTail(text.charCodeAt(end - 1)))) end--;
      const p = this.lineMatch(this.linePatternsHeld(), start, end);
      if (p) this.flagLine(i, p);
    }
  }

  /** The first of the line patterns the content text[start, end) matches as a whole; copied only when a pattern's prefix is there. */
  private lineMatch(candidates: readonly Pattern[], start: number, end: number): Pattern | undefined {
    let content: string | undefined;
    for (let k = 0; k < candidates.length; k++) {
      const p = candidates[k];
      if (p.prefix) {
        p.prefix.lastIndex = start;
        if (!p.prefix.test(this.text)) continue;
      }
      content ??= this.text.slice(start, end);
      if ((!p.hint || p.hint.test(content)) && p.re.test(content)) return p;
    }
    return undefined;
  }

  /** Whether the text may hold what a pattern needs (a character of each of its strings missing: not). */
  private mayMatch(p: Pattern): boolean {
    return !p.needs || this.mayHoldAny(p.needs);
  }

  /** The line patterns the text may match. */
  private linePatternsHeld(): readonly Pattern[] {
    return (this.heldLinePatterns ??= LINE_PATTERNS.filter((p) => this.mayMatch(p)));
  }

  /** The line patterns a line starting with `code` passes the start hint of, that the text may match. */
  private linePatternsStartingWith(code: number): readonly Pattern[] {
    // asked for every line: the filter, whose closure would be allocated on each call, is in a method of its own
    return this.heldStartingWith.get(code) ?? this.noteLinePatternsStartingWith(code);
  }

  private noteLinePatternsStartingWith(code: number): readonly Pattern[] {
    const list = patternsStartingWith(code).filter((p) => this.mayMatch(p));
    this.heldStartingWith.set(code, list);
    return list;
  }

  inlinePatterns(): void {
    for (const p of INLINE_PATTERNS) {
      const found = (start: number, end: number) => this.add({ kind: p.kind, start, end, severity: p.severity, removal: 'span', safe: p.safe ?? true, safeAlone: p.safeAlone });
      if (p.anchors) {
        this.eachAnchored(p, found);
        continue;
      }
      if (p.word) {
        this.eachAfterWord(p, found);
        continue;
      }
      if (p.needs && !p.needs.some((s) => this.holds(s))) continue;
      this.each(p.re, (m) => found(m.index, m.index + m[0].length));
    }
  }

  /**
   * The matches of a pattern with anchors, in text order, as its scan of the text finds them: the
   * pattern is tried only where an anchor fixes its start, and where the match before it has ended.
   */
  private eachAnchored(p: Pattern, onMatch: (start: number, end: number) => void): void {
    if (!this.mayMatch(p)) return;
    this.eachPlaced(p.at!, this.anchoredAt(p.anchors!), p.lead ?? 0, onMatch);
  }

  /** The matches of a pattern with a word, as `eachAnchored` finds them: tried before each space the word stands before. */
  private eachAfterWord(p: Pattern, onMatch: (start: number, end: number) => void): void {
    const word = p.word!;
    const text = this.text;
    const places = this.spaces().filter((at) => isWordBefore(text, at, word));
    if (places.length) this.eachPlaced(p.at!, places, word.length, onMatch);
  }

  /**
   * The matches of a sticky regex in text order, as a scan of the text would find them, where each
   * match starts `lead` characters before one of the places (ascending).
   */
  private eachPlaced(re: RegExp, places: ArrayLike<number>, lead: number, onMatch: (start: number, end: number) => void): void {
    const text = this.text;
    let from = this.scanFrom + lead;
    for (let k = 0; k < places.length; k++) {
      const at = places[k];
      if (at < from) continue;
      from = at + 1;
      re.lastIndex = at - lead;
      if (!re.test(text)) continue;
      onMatch(at - lead, re.lastIndex);
      from = re.lastIndex + lead;
    }
  }

  /** Where the text's spaces (U+0020) stand after the front matter, ascending (made when first asked). */
  private spaces(): number[] {
    if (this.spacePlaces) return this.spacePlaces;
    const places: number[] = [];
    if (this.holds(' ')) {
      const text = this.text;
      for (let at = text.indexOf(' ', this.scanFrom); at >= 0; at = text.indexOf(' ', at + 1)) places.push(at);
    }
    return (this.spacePlaces = places);
  }

  /** Where the anchors stand in the prose, ascending (a place twice when two anchors start there). */
  private anchoredAt(anchors: readonly string[]): readonly number[] {
    const places = this.stringPlaces();
    if (anchors.length === 1) return places.get(anchors[0]) ?? [];
    const all: number[] = [];
    for (const a of anchors) for (const at of places.get(a) ?? []) all.push(at);
    return all.sort((x, y) => x - y);
  }

  /**
   * Where each of `PROSE_STRINGS` stands in the prose, from the shared pass (made when first asked);
   * a string not there has no entry.
   */
  private stringPlaces(): Map<string, number[]> {
    if (this.placesByString) return this.placesByString;
    const byString = new Map<string, number[]>();
    const { text } = this;
    const at = characterPositions(this.model, PROSE_STRING_SET);
    for (let k = 0; k < at.length; k++) {
      const i = at[k];
      for (const a of STRINGS_BY_PAIR.get((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)) ?? []) {
        if (!text.startsWith(a, i)) continue;
        const list = byString.get(a);
        if (list) list.push(i);
        else byString.set(a, [i]);
      }
    }
    return (this.placesByString = byString);
  }

  /** The sentence around a boilerplate phrase is boilerplate as a whole. */
  boilerplateSentences(): void {
    const text = this.text;
    const re = BOILERPLATE_RE;
    // where the scan goes on: after the phrase, or the sentence, read last
    let from = this.scanFrom;
    for (const at of this.anchoredAt(BOILERPLATE_NEEDS)) {
      if (at < from) continue;
      re.lastIndex = at;
      const m = re.exec(text);
      if (!m) continue;
      const l = this.line(this.lineOf(m.index));
      let start = m.index;
      const floor = Math.max(l.contentStart, m.index - SENTENCE_REACH);
      while (start > floor && !SENTENCE_END_CHARS.includes(this.text[start - 1])) start--;
      let end = m.index + m[0].length;
      const ceiling = Math.min(l.contentEnd, end + SENTENCE_REACH);
      while (end < ceiling && !SENTENCE_END_CHARS.includes(this.text[end - 1] ?? '')) end++;
      const bounded = (start === l.contentStart || SENTENCE_END_CHARS.includes(this.text[start - 1]))
        && (end === l.contentEnd || SENTENCE_END_CHARS.includes(this.text[end - 1]));
      const opensLikeOne = m.index - start <= 12 || BOILERPLATE_OPENING_RE.test(this.text.slice(start, m.index));
      if (bounded) this.add({ kind: 'boilerplate', start, end, removal: 'span', safe: opensLikeOne });
      else this.add({ kind: 'boilerplate', start: m.index, end: m.index + m[0].length, removal: 'none', safe: false });
      // phrases inside the stretch just read belong to the same finding
      from = Math.max(re.lastIndex, end);
    }
  }

  titleSuffixes(): void {
    for (const i of this.titleLines) {
      if (this.skip[i]) continue;
      const contentStart = this.contentStarts[i];
      const contentEnd = this.contentEnds[i];
      const content = this.text.slice(contentStart, contentEnd);
      if (content.includes('。')) continue;
      const m = TITLE_SUFFIX_RE.exec(content);
      if (m) this.add({ kind: 'titleSuffix', start: contentStart + m.index, end: contentEnd, removal: 'span', safe: true });
    }
  }

  noise(): void {
    // The tokens are set apart by spaces (most Chinese text has few). A run starts one or two characters
    // before the space after its first token, and two more tokens follow that space, each with a space
    // after it: the regex is tried only before such a space (the places tried, ascending, are all where
    // the scan of the text could find the next run).
    const spaces = this.spaces();
    const text = this.text;
    const re = NOISE_RE;
    // where the scan of the text would go on: after the run found last
    let from = this.scanFrom;
    for (let k = 0; k < spaces.length; k++) {
      const space = spaces[k];
      if (space <= from) continue;
      const second = spaceAfterToken(text, space + 1);
      if (second < 0 || spaceAfterToken(text, second + 1) < 0) continue;
      for (let start = Math.max(from, space - 2); start < space; start++) {
        re.lastIndex = start;
        const m = re.exec(text);
        if (!m) continue;
        this.noiseRun(m);
        from = re.lastIndex;
        break;
      }
    }
  }

  /** Reports a run the regex read when its tokens mix letters, digits and punctuation as noise does. */
  private noiseRun(m: RegExpExecArray): void {
    const tokens = m[0].split(' ');
    const mixed = tokens.filter((t) => t.length === 2 && (NOISE_PUNCT.test(t) || /[A-Za-z]/.test(t) && /[0-9]/.test(t))).length;
    const punctuation = new Set(m[0].replace(/[A-Za-z0-9 ]/g, ''));
    if (tokens.length < 4 || mixed < 2 || punctuation.size < 2 || !/[A-Za-z]/.test(m[0])) return;
    this.add({ kind: 'noise', start: m.index, end: m.index + m[0].length, removal: 'span', safe: true });
  }

  /**
   * Runs of three or more asterisks touching Chinese text are masked words (中国***廉洁自律准则);
   * two exactly-three runs close together on a line are Markdown bold italics instead.
   */
  masks(): void {
    if (!this.holds('*') && !this.holds('＊')) return;
    // without ＊ a run is *** at least: none starts before the first ***, which most texts with * lack
    const first = this.holds('＊') ? this.scanFrom : this.text.indexOf('***', this.scanFrom);
    if (first < 0) return;
    const runs: { start: number; end: number }[] = [];
    this.each(MASK_RE, (m) => runs.push({ start: m.index, end: m.index + m[0].length }), first);
    const text = this.text;
    for (let i = 0; i < runs.length; i++) {
      const run = runs[i];
      const next = runs[i + 1];
      if (next && this.isEmphasisPair(run, next)) {
        i++;
        continue;
      }
      const before = text[run.start - 1];
      const after = text[run.end];
      if ((before && HAN_ONE.test(before)) || (after && HAN_ONE.test(after))) {
        this.add({ kind: 'mask', start: run.start, end: run.end, removal: 'none', safe: false });
      }
    }
  }

  private isEmphasisPair(open: { start: number; end: number }, close: { start: number; end: number }): boolean {
    const text = this.text;
    if (open.end - open.start !== 3 || close.end - close.start !== 3) return false;
    if (text.slice(open.start, open.end) !== '***' || text.slice(close.start, close.end) !== '***') return false;
    if (close.start - open.end > 50 || close.start === open.end) return false;
    const inner = text.slice(open.end, close.start);
    return !/[\r\n。，；,;]/.test(inner) && !isSpace(inner[0]) && !isSpace(inner[inner.length - 1]);
  }

  emoji(): void {
    const text = this.text;
    let floor = this.scanFrom;
    this.each(EMOJI_HINT_RE, (hint) => {
      let start = hint.index;
      if (text.charCodeAt(start) === 0x20e3) {
        // a keycap starts at its digit: 1⃣ or 1️⃣
        if (text.charCodeAt(start - 1) === 0xfe0f && start - 2 >= floor && KEYCAP_BASE.includes(text[start - 2])) start -= 2;
        else if (start - 1 >= floor && KEYCAP_BASE.includes(text[start - 1])) start -= 1;
        else return;
      }
      EMOJI_AT_RE.lastIndex = start;
      const m = EMOJI_AT_RE.exec(text);
      if (!m) return;
      floor = start + m[0].length;
      EMOJI_HINT_RE.lastIndex = floor;
      this.add({ kind: 'emoji', start, end: floor, severity: 'warning', removal: 'span', safe: !KEYCAP_RE.test(m[0]) });
    });
  }

  pinyin(): void {
    this.each(PINYIN_RUN_RE, (m) => {
      const edits: TextEdit[] = [];
      PINYIN_GLOSS_RE.lastIndex = 0;
      let g: RegExpExecArray | null;
      while ((g = PINYIN_GLOSS_RE.exec(m[0])) !== null) edits.push({ start: m.index + g.index, end: m.index + g.index + g[0].length, newText: '' });
      this.add({ kind: 'pinyin', start: m.index, end: m.index + m[0].length, removal: edits, safe: true });
    });
  }

  stray(): void {
    this.each(STRAY_RE, (m) => {
      if (!HAN_ONE.test(this.text[m.index - 1] ?? '')) return;
      this.add({ kind: 'stray', start: m.index, end: m.index + m[0].length, severity: 'warning', removal: 'span', safe: true });
    });
  }

  /**
   * Watermarks: from a little before each trigger the grammar is searched for, up to the line's end;
   * the first match that reads past the trigger is weighed (`watermarkEnd`). What the searches found
   * serves the triggers after them, so that no stretch of a line is searched or weighed twice.
   */
  watermarks(): void {
    const triggers = this.anchoredAt(WATERMARK_TRIGGERS);
    if (!triggers.length) return;
    const text = this.text;
    const re = WATERMARK_RE;
    // where the last watermark ended: triggers before it were read with it
    let floor = this.scanFrom;
    // no watermark starts in [clearFrom, foundAt): the grammar's next match is at foundAt, ending at foundEnd (-1: a line break)
    let clearFrom = -1;
    let foundAt = -1;
    let foundEnd = -1;
    const search = (from: number) => {
      const m = this.watermarkMatch(from);
      foundAt = m ? m.index : text.length;
      foundEnd = m && m[0] !== '\n' && m[0] !== '\r' ? re.lastIndex : -1;
    };
    const readAt = (at: number) => {
      if (at < floor) return;
      const i = this.lineOf(at);
      if (this.skip[i]) return;
      const from = Math.max(this.contentStarts[i], floor, at - WATERMARK_REACH);
      if (from < clearFrom || from > foundAt) search((clearFrom = from));
      while (foundAt <= at && foundEnd >= 0) {
        if (foundEnd > at) {
          const end = this.watermarkEnd(foundAt, foundEnd, this.contentStarts[i], this.contentEnds[i]);
          if (end >= 0) {
            this.add({ kind: 'watermark', start: foundAt, end, removal: 'span', safe: true });
            floor = end;
            return;
          }
        }
        // not a watermark, whichever trigger it is read for: the next match after it
        search(foundAt + 1);
      }
    };
    for (const at of triggers) readAt(at);
  }

  /**
   * The grammar's first match at or after `from` (at the latest the line break), or null when none is
   * before the text's end: tried only where a match can start (`WATERMARK_FIRST`, or a name's start
   * up to `BRAND_REACH` characters before a brand word), as a search reads every place.
   */
  private watermarkMatch(from: number): RegExpExecArray | null {
    const text = this.text;
    const end = text.length;
    const re = WATERMARK_RE;
    // where the brand word nearest after the place stands (-1: none found there yet), and how far brand words were looked for
    let brand = -1;
    let looked = from;
    for (let p = from; p < end; p++) {
      if (WATERMARK_FIRST[text.charCodeAt(p)] !== 1) {
        if (brand < p) {
          brand = -1;
          for (looked = Math.max(looked, p); looked <= p + BRAND_REACH && looked < end; looked++) {
            if (brandWordAt(text, looked)) {
              brand = looked;
              break;
            }
          }
        }
        if (brand < p || brand > p + BRAND_REACH) continue;
      }
      re.lastIndex = p;
      const m = re.exec(text);
      if (m) return m;
    }
    return null;
  }

  /**
   * Where the watermark read at [start, end) ends, with the punctuation after it that goes with it;
   * -1 when it is prose: it names a government address, or it is neither a site's own (a brand word,
   * a site's lead), nor an address with words where a clause starts, nor a sentence of its own.
   */
  private watermarkEnd(start: number, end: number, lineStart: number, lineEnd: number): number {
    const text = this.text;
    // the words read, without the addresses
    const read = text.slice(start, end);
    let words = '';
    let hasUrl = false;
    let from = 0;
    const url = URL_RE;
    url.lastIndex = 0;
    let u: RegExpExecArray | null;
    while ((u = url.exec(read)) !== null) {
      if (GOVERNMENT_URL.test(u[0])) return -1;
      hasUrl = true;
      words += read.slice(from, u.index);
      from = url.lastIndex;
    }
    words += read.slice(from);
    let before = start;
    while (before > lineStart && isSpace(text[before - 1])) before--;
    const previous = before > lineStart ? text[before - 1] : '';
    const startsSentence = !previous || SENTENCE_MARK.includes(previous);
    const startsClause = startsSentence || before < start || CLAUSE_MARK.includes(previous);
    let after = end;
    while (after < lineEnd && isSpace(text[after])) after++;
    const next = after < lineEnd ? text[after] : '';
    // a stop after it is its own when it starts a sentence or is sentences itself; a comma, when it starts a clause
    if (next && (STOP_MARK.includes(next) && (startsSentence || STOP_WITHIN_RE.test(words)) || COMMA_MARK.includes(next) && startsClause)) {
      end = after + 1;
    }
    const endsSentence = end > after ? SENTENCE_MARK.includes(next) : !next || SENTENCE_MARK.includes(next);
    if (WATERMARK_BRAND_RE.test(words)) return end;
    if (hasUrl && startsClause && WORD_RE.test(words)) return end;
    return startsSentence && endsSentence ? end : -1;
  }

  custom(sources: readonly string[]): void {
    for (const source of sources) {
      if (typeof source !== 'string' || !source) continue;
      const re = compileExtra(source);
      if (!re) continue;
      let count = 0;
      this.each(re, (m) => {
        if (++count > 10000) {
          re.lastIndex = this.text.length + 1;
          return;
        }
        const start = m.index;
        let end = start + m[0].length;
        const lineEnd = this.lineEnds[this.lineOf(start)];
        if (end > lineEnd) end = lineEnd; // never past the line
        this.add({ kind: 'custom', start, end, removal: 'span', safe: true });
      });
    }
  }

  /** Keeps the earliest (then longest) of overlapping candidates. */
  resolved(): Candidate[] {
    const { candidates } = this;
    // often in that order already: most texts hold residue of one or two patterns, found in text order
    let sorted = true;
    for (let k = 1; k < candidates.length && sorted; k++) {
      const a = candidates[k - 1];
      const b = candidates[k];
      sorted = a.start < b.start || (a.start === b.start && a.end >= b.end);
    }
    const ordered = sorted ? candidates : [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: Candidate[] = [];
    let lastEnd = -1;
    for (const c of ordered) {
      if (c.start < lastEnd) continue;
      kept.push(c);
      lastEnd = c.end;
    }
    return kept;
  }

  /** The fix of each kept candidate (in text order): the whole line when residue is all the line holds. */
  findings(kept: Candidate[]): RuleFinding[] {
    const out: RuleFinding[] = [];
    const starts = this.model.lineStarts;
    // the candidates of a line follow each other
    for (let first = 0; first < kept.length; ) {
      const i = this.lineOf(kept[first].start);
      const nextLineStart = i + 1 < this.lineCount ? starts[i + 1] : Infinity;
      let last = first + 1;
      while (last < kept.length && kept[last].start < nextLineStart) last++;
      const l = this.line(i);
      const lineEdit = this.isAllResidue(l, kept, first, last) ? deleteLineEdit(this.text, l.start, l.end) : undefined;
      let lineSafe = true;
      for (let k = first; k < last; k++) lineSafe &&= kept[k].safe || kept[k].safeAlone === true;
      for (let k = first; k < last; k++) {
        const c = kept[k];
        const message = MESSAGES[c.kind](excerptOf(this.text.slice(c.start, c.end)));
        let fix: Fix | undefined;
        if (c.removal === 'none') fix = undefined;
        else if (lineEdit) fix = { title: FIX_TITLE, edits: [lineEdit], safe: lineSafe };
        else if (Array.isArray(c.removal)) fix = { title: FIX_TITLE, edits: c.removal, safe: c.safe };
        else fix = { title: FIX_TITLE, edits: [this.spanEdit(l, c.start, c.end)], safe: c.safe };
        out.push(finding(c.start, c.end, message, fix ? [fix] : undefined, c.severity));
      }
      first = last;
    }
    return out;
  }

  /** Whether the candidates `first` to `last` (not included) are all the line holds. */
  private isAllResidue(l: LineInfo, kept: Candidate[], first: number, last: number): boolean {
    let pos = l.contentStart;
    for (let k = first; k < last; k++) {
      const c = kept[k];
      if (c.removal === 'none' || Array.isArray(c.removal)) return false;
      while (pos < c.start && isSpace(this.text[pos])) pos++;
      if (pos < c.start) return false;
      pos = Math.max(pos, c.end);
    }
    return pos >= l.contentEnd;
  }

  /**
   * Deletes the span and the spaces that only separated it from the prose: after it at the
   * start of a line (the indentation stays), before it at the end, and both sides between CJK.
   */
  private spanEdit(l: LineInfo, start: number, end: number): TextEdit {
    const text = this.text;
    let before = start;
    while (before > l.start && isSpace(text[before - 1])) before--;
    let after = end;
    while (after < l.end && isSpace(text[after])) after++;
    if (start <= l.contentStart) return { start, end: after, newText: '' };
    if (end >= l.contentEnd) return { start: before, end, newText: '' };
    if (before < start || after > end) {
      if (isCjk(text[before - 1]) && isCjk(text[after])) return { start: before, end: after, newText: '' };
      if (before < start && after > end) return { start, end: after, newText: '' };
    }
    return { start, end, newText: '' };
  }
}

export const siteResidueRule: Rule = {
  id: 'site-residue',
  masksText: true,
  defaultSeverity: 'error',
  description: { zh: '文档网站残留（##paidbegin##、第1页 共5页、水印、下载声明等）', en: 'Residue from document sites (##paidbegin##, page chrome, watermarks, download notices…)' },
  check({ model, settings }) {
    const scanner = new Scanner(model);
    const rare = scanner.rareKinds();
    scanner.wholeLines();
    // (a line framed with emoji holds emoji in its prose)
    if (rare.emojiOrStray) scanner.emojiFramedLines();
    scanner.inlinePatterns();
    scanner.boilerplateSentences();
    scanner.watermarks();
    scanner.titleSuffixes();
    scanner.noise();
    if (rare.pinyin) scanner.pinyin();
    if (rare.emojiOrStray) {
      scanner.stray();
      scanner.emoji();
    }
    scanner.masks();
    scanner.custom(settings.siteResidue?.extraPatterns ?? []);
    return scanner.findings(scanner.resolved());
  },
};
