// Generates syntaxes/gongwen.tmLanguage.json (Oniguruma regexes): npm run gen:grammar. A unit test checks the checked-in file is fresh.
const SP = '[ \\t\\x{00A0}\\x{3000}]';
const S = `${SP}{0,3}`;
const D = '[0-9０-９]';
const N = `${D}{1,6}`;
const COMMA = '[，,、]';
const COLON = '[：:]';
const LP = '[（(]';
const RP = '[）)]';
const STOP = '[。.]';
const REST = '[^\\n]';
const HAN = '\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}';
const CN = '一二三四五六七八九十百';
const CJKP = '，。；：！？“”‘’《》「」『』…—·';
const FW_ALNUM = '\\x{FF10}-\\x{FF19}\\x{FF21}-\\x{FF3A}\\x{FF41}-\\x{FF5A}';

const MARKERS = {
  1: `[${CN}]{1,3}[、.．，,：:](?![${CN}0-9])`,
  2: `[（(][${CN}]{1,3}[）)][、，,.．：:]?`,
  3: `[0-9０-９]{1,3}[.．、](?![0-9０-９])`,
  4: `[（(][0-9０-９]{1,3}[）)][、，,.．：:]?`,
  5: `[①-⑳][、.．，,]?`,
};
const MARKER_ANY = `(?:${MARKERS[2]}|${MARKERS[4]}|${MARKERS[1]}|${MARKERS[3]}|${MARKERS[5]})`;
const HEADING_START = `(?:#{1,6}${SP}*)?${MARKER_ANY}`;
const DATE_PART = `(?:[0-9０-９Xx×]{1,2}|[一二三四五六七八九十]{1,3})`;
const DATE_LINE = `(?:[0-9０-９]{4}|20[Xx×]{2}|[Xx×]{4}|[〇零一二三四五六七八九]{4})${SP}*年${SP}*${DATE_PART}${SP}*月(?:${SP}*${DATE_PART}${SP}*日)?${SP}*$`;
/** What the first meaningful line must not be for it to be the title (the model's rule). */
const NOT_TITLE = `(?:${HEADING_START}|\\||<!--|${DATE_LINE})`;
const TITLE_LINE = `${SP}*+(?!${NOT_TITLE})(?:(#{1,6})${SP}++)?(\\S.*)$`;

const PH = 'invalid.deprecated.placeholder.gongwen';
const RES = 'invalid.illegal.residue.gongwen';
/** A marker of each heading level, for the rules' comments. */
const LEVEL_EXAMPLE = ['', '一、', '（一）', '1.', '（1）', '①'];

/** Emoji with their modifiers and joins, as a content site sets them before a heading (📌一、…); as EMOJI_SOURCE in src/core/text.ts. */
const EMOJI_RUN = '(?:(?:\\p{Emoji_Presentation}|\\p{Extended_Pictographic}\\x{FE0F})(?:[\\x{1F3FB}-\\x{1F3FF}]|\\x{FE0F}|\\x{200D}\\p{Extended_Pictographic}\\x{FE0F}?)*+)++';

const heading = (level) => ({
  comment: `level ${level}: ${LEVEL_EXAMPLE[level]}; a run-in heading ends at its first 。？！ and the rest of the line is body; emoji before the marker are residue`,
  match: `^${SP}*+((?:(#{1,6})${SP}*+)?(?:(${EMOJI_RUN})${SP}*+)?(${MARKERS[level]})${SP}*+([^。？！\\n]*+(?:[。？！][”’）)]*+)?))(.*)$`,
  captures: {
    1: { name: `markup.heading.${level}.gongwen` },
    2: { name: 'punctuation.definition.heading.gongwen' },
    3: { name: RES },
    4: { name: 'punctuation.definition.heading.gongwen' },
    5: { name: `markup.heading.${level}.gongwen entity.name.section.gongwen`, patterns: [{ include: '#inline' }] },
    6: { patterns: [{ include: '#inline' }] },
  },
});

/**
 * The captures of a heading set in bold: the whole heading (1), its `#` marks (2), the opening `**` (3),
 * the marker (4), the heading text (5) and the closing `**` (6).
 */
const boldHeadingCaptures = (level) => ({
  1: { name: `markup.heading.${level}.gongwen` },
  2: { name: 'punctuation.definition.heading.gongwen' },
  3: { name: 'punctuation.definition.bold.gongwen' },
  4: { name: 'punctuation.definition.heading.gongwen' },
  5: { name: `markup.heading.${level}.gongwen entity.name.section.gongwen`, patterns: [{ include: '#inline' }] },
  6: { name: 'punctuation.definition.bold.gongwen' },
});

const boldHeading = (level) => ({
  comment: `level ${level} set in bold as a whole line (**${LEVEL_EXAMPLE[level]}…**): the marks are markup, as in the model`,
  match: `^${SP}*+((?:(#{1,6})${SP}*+)?(\\*\\*)${SP}*+(${MARKERS[level]})${SP}*+((?:(?!\\*\\*)\\S|${SP}++(?!\\*\\*))++)${SP}*+(\\*\\*))${SP}*+$`,
  captures: boldHeadingCaptures(level),
});

const boldRunIn = (level) => ({
  comment: `level ${level}, a run-in heading sentence set in bold (**${LEVEL_EXAMPLE[level]}…。**正文): the marks are markup, the rest of the line is body, as in the model`,
  match: `^${SP}*+((?:(#{1,6})${SP}*+)?(\\*\\*)${SP}*+(${MARKERS[level]})${SP}*+((?:(?!\\*\\*)[^\\n])++)(\\*\\*))(?![*，、；：,;:])(${SP}*+\\S.*)$`,
  captures: { ...boldHeadingCaptures(level), 7: { patterns: [{ include: '#inline' }] } },
});

const titleRule = (anchor) => ({
  begin: `${anchor}${TITLE_LINE}`,
  beginCaptures: {
    1: { name: 'markup.heading.title.gongwen punctuation.definition.heading.gongwen' },
    2: { name: 'markup.heading.title.gongwen', patterns: [{ include: '#residue-line' }, { include: '#title-suffix' }, { include: '#inline' }] },
  },
  comment: 'Never ends: the rest of the document lives inside, so that no later line can be a title.',
  end: '(?!)',
  patterns: [{ include: '#subtitle' }, { include: '#body' }],
});

const LEGIT_X = '(?:射线|光|线|染色体|型|形|轴|战警|一代|世代|平台|波段|[（(]原推特)';
const X_RUN = '(?:[Xx]++(?:\\.[Xx]++)?|[Ｘｘ]++(?:[.．][Ｘｘ]++)?)';
const X_BEFORE_CTX = `(?<=[${HAN}%％${CJKP}]|[${HAN}%％] )`;
const X_AFTER_CTX = `(?:[${HAN}%％${CJKP}]| [${HAN}%％])`;
const X_JOIN = `A-Za-z0-9_\\-+=<>^&@#$~${FW_ALNUM}`;
/** A heading or list marker at the line start, as fixed-length alternatives a lookbehind can take. */
const ITEM_OPENINGS = [1, 2, 3].flatMap((n) => [`^[${CN.slice(0, 10)}]{${n}}[、．.]`, `^[（(][${CN.slice(0, 10)}]{${n}}[）)]`])
  .concat([1, 2].flatMap((n) => [`^[0-9０-９]{${n}}[.．、]`, `^[（(][0-9０-９]{${n}}[）)]`, `^附件[：:][0-9０-９]{${n}}[.．、]`]), ['^[①-⑳]'])
  .join('|');
const STARS_1_2 = '(?:\\*{1,2}+|＊{1,2}+)';
const STAR_CTX = `[${HAN}%％${CJKP}]`;
const HAN_OR_ALNUM = `[${HAN}A-Za-z0-9]`;
const FILL_WORDS = '(?:名称|姓名|单位|时间|日期|填写|填入|输入|此处)';
const URL_CHARS = "[A-Za-z0-9\\-._~:/?#@!$&'*+=%]";

/** The marks a site sets around a note of its own (▲ 本站仅展示前5页 ▲), and where such a note starts. */
const NOTICE_MARK = '[▲△▼▽■◆★☆●◇]';
const NOTICE_START = `(?<=^|[ \\t\\x{3000}【（(\\[▲△▼▽■◆★☆●◇])`;

/** A site's buttons, as a row on a line of their own (分享 收藏 点赞 在看). */
const BUTTON_SEP = '[ \\t\\x{00A0}\\x{3000}|｜·•〖〗【】\\[\\]「」]';
const BUTTON = `(?:下载本文档|下载文档|立即下载|免费下载|文档下载|下载资源${S}资源描述|资源描述|文档简介|展开全文|阅读全文|猜你喜欢|热门推荐|精彩推荐|相关文章|相关阅读|延伸阅读|打印本页|关闭窗口|返回顶部|收起|举报|收藏|分享|点赞|在看|阅读原文|往期推荐|往期回顾|往期精选|推荐阅读|建议收藏|加入收藏|打印|关闭|转发|写留言|留言|(?:打开|下载)${S}APP${S}(?:阅读全文|查看全文|阅读)?|APP内(?:打开|阅读)|VIP免费下载|下载(?:提示|说明|须知)|喜欢此内容的人还喜欢)`;

const residueInline = [
  ['paid-content markers of a CMS', '(?i:##paid(?:begin|end)##|\\$\\$paid(?:begin|end)\\$\\$)'],
  ['', `内容已经?隐藏${S}${COMMA}?${S}点击付费后(?:查看|阅读)${STOP}?`],
  ['', `${LP}${S}阅读全部图文内容${S}${COMMA}?${S}您需要先登录${S}[!！]?${S}${RP}`],
  ['', `您需要${S}登录${S}才可以下载或查看${S}${COMMA}?${S}没有[账帐]号${S}[?？]?(?:${S}(?:请用中文名注册|立即注册))?`],
  ['', `${LP}新文秘网${S}(?:https?://)?[A-Za-z0-9./_-]{0,60}${S}省略${S}${N}${S}字${S}${COMMA}?${S}正式会员可完整阅读${S}${RP}?`],
  ['', `${LP}未完${S}${COMMA}?${S}全文共${S}${N}${S}字${S}${COMMA}?${S}当前仅显示${S}${N}${S}字(?:${S}${COMMA}?${S}请阅读下面提示信息${STOP}?)?${RP}?`],
  ['page footers', `第${S}${N}${S}页${S}[/／,，]?${S}共${S}${N}${S}页|共${S}${N}${S}页${S}[/／,，]?${S}第${S}${N}${S}页|(?i:\\bPage ${N} of ${N}\\b)`],
  ['', `已阅读${S}${N}${S}页${S}${COMMA}?${S}还剩${S}${N}${S}页未读(?:${S}${COMMA}?${S}继续(?:免费)?阅读)?`],
  ['', `点击查看(?:更多|全文|完整版|完整内容)(?:内容)?(?:${S}(?:>>|》》|＞＞|>|»))?`],
  ['', `[_＿]第${S}${N}${S}页`],
  ['', `版权说明${S}${COLON}${S}本文档由用户提供并上传${REST}{0,80}?(?:举报或认领|认领)${STOP}?`],
  ['', `本站资源下载后的文档(?:和图纸)?${S}[-－—]{0,2}${S}无水印${REST}{0,60}?更清晰${STOP}?`],
  ['', `《[^《》\\n]{1,100}》由会员分享${REST}{0,200}?请在${REST}{0,30}?上?搜索${STOP}?|由会员分享${S}${COMMA}?${S}可在线阅读`],
  ['', `(?:文档来源于网络|仅供学习(?:与|和)?交流)${S}${COMMA}?${S}如有侵权请联系(?:网站|作者)?删除${S}[。.!！]?`],
  ['', `仅供个人用于学习${S}[、，,]${S}研究${S}[;；，,]${S}不得用于商业用途${S}${STOP}?`],
  ['', `(?i:For personal use only in study and research${S}[;；，,]${S}not for commercial use${S}\\.?)`],
  ['', `${LP}以下无正文${RP}`],
  ['', `微信扫一扫${S}${COMMA}?${S}(?:分享到朋友圈|分享给朋友|分享|关注我们)`],
  ['', `作者原创${S}${COMMA}?${S}(?:转载|未经)[^\\n。]{0,30}${STOP}?|转载请注明(?:出处|来源)[^\\n。]{0,30}${STOP}?`],
  ['', `(?:浏览量|阅读量|浏览次数|阅读次数|点击量|点击数|点击次数|人气)${S}${COLON}${S}${N}(?:${S}次)?`],
  ['', `[（(【\\[]?(?:(?:原创|精品|优质|高清|最新)文档${S}${COMMA}?${S}|${NOTICE_START}(?:本|该|此)?文档${S})?(?:下载后可(?:任意|随意|自由)?编辑(?:修改)?|[Ww][Oo][Rr][Dd]版(?:本)?可(?:任意|随意|自由)?编辑(?:修改)?|可编辑[Ww][Oo][Rr][Dd]版)[）)】\\]]?|[【（(\\[]${S}精品文档${S}[】）)\\]]|精品文档`],
  ['a download banner of a document site', `【${S}下载本文档${S}${COMMA}[^【】\\n]{0,120}】`],
  ['', `(?:本站|本文档?)${S}${COMMA}?${S}仅(?:展示|显示|预览)(?:了)?前${S}${N}${S}页(?:内容)?`],
  ['boilerplate phrases of content farms', `小编(?:精心|为大家|为您|整理|收集|推荐|给大家|带来|特意|今天)|来源于网友上传|不代表本站观点|可咨询客服|欢迎阅读${S}${COMMA}?${S}希望(?:大家|对您|对大家|能)`],
  ['watermark: a URL right before an account name', `(?:https?://|www\\.)${URL_CHARS}{1,200}+[。.，,]?${SP}?(?=公众号|微信号)`],
  ['watermark: a material-library label with its URL', `(?:素材库|材库|文库|素材)${S}${COLON}?${S}(?:https?://|www\\.)${URL_CHARS}{1,200}+`],
  ['watermark: an account name', `(?:公众号|微信号)${S}${COLON}${S}[^\\s。，；！!,;]{1,20}+[。.!！]?(?:${S}(?:整理汇总|汇总整理|整理|汇总|欢迎关注)[。！.!]?)?`],
  ['letters of other scripts wedged into Chinese text', `[\\x{0E00}-\\x{0EFF}\\x{1780}-\\x{17FF}\\x{1000}-\\x{109F}\\x{0590}-\\x{06FF}\\x{0900}-\\x{097F}]{1,3}(?=[${HAN}])`],
].map(([comment, match]) => (comment ? { comment, match, name: RES } : { match, name: RES }));

const residueLine = [
  `${REST}{1,100}[_＿]第${S}${N}${S}页`,
  `第${S}${N}${S}页(?:${S}[/／,，]?${S}共${S}${N}${S}页)?`,
  // a PDF's page number pasted as a line: — 3 —, - 4 -, －5－
  `[-－—–]{1,2}${S}${N}${S}[-－—–]{1,2}`,
  `(?:${BUTTON_SEP}{0,3}${BUTTON}${S}${COLON}?${S}(?:>>|》》|＞＞|>|»)?){1,10}${BUTTON_SEP}{0,3}`,
  `[↑⬆]?${S}点击${S}(?:上方|下方|标题下方?|顶部)[^。\\n]{0,16}?关注[^。\\n]{0,20}|[↑⬆]?${S}点击${S}[“"]?蓝(?:字|色字体?)[”"]?${S}(?:一键)?关注[^。\\n]{0,20}`,
  `(?:长按|扫码|扫描二维码)${S}(?:识别|下方|图中|上方)?${S}(?:二维码|图片)?${S}(?:关注|添加|加入|进群|下载|识别)[^。\\n]{0,30}`,
  `原创${SP}{1,3}${REST}{0,60}?${D}{4}${S}[-/.年]${S}${D}{1,2}${S}[-/.月]${S}${D}{1,2}日?${SP}{0,3}${D}{1,2}[:：]${D}{2}${REST}{0,20}`,
  `(?:文章)?来源${S}${COLON}${S}[^。，,；;\\n]{0,30}?(?:公众号|微信号|订阅号|头条号|网|网站|文库|平台|客户端|APP|[Ww]{3}\\.${REST}{1,60})`,
  `(?:上一篇|下一篇)${S}${COLON}${REST}{0,80}`,
  `收藏《[^》\\n]{1,80}》${RP}?`,
  `上传人${S}${COLON}${REST}{0,200}?(?:文档编号|格式|页数|大小)${S}${COLON}${REST}{0,200}`,
  `${REST}{0,100}?(?:资源ID|全文页数|下载积分)${S}${COLON}?${REST}{0,200}`,
  `【下载声明】${REST}{0,1000}`,
  `版权说明${S}${COLON}${REST}{0,200}?(?:本文档|上传|侵权|举报|认领)${REST}{0,200}`,
  `[（(【]?以下无正文[）)】]?${STOP}?`,
  `本站资源下载后的文档${REST}{0,100}`,
  `(?:${D}{1,2}${S}[.．、]${S})?本站(?:全部|所有|资源|仅提供|不保证)${REST}{0,200}?(?:文档|下载|上传|侵权|版权)${REST}{0,300}`,
  `(?:微信扫一扫|扫一扫分享|扫描二维码分享|分享到${S}${COLON}?${S}(?:微信|朋友圈|QQ|微博|空间))[^。\\n]{0,30}`,
  `(?:版权声明|版权所有|免责声明)${S}${COLON}?${REST}{0,300}`,
  `(?:本文|本篇|文章)?(?:系|为|是)?作者原创${REST}{0,100}`,
  `${REST}{0,20}(?:文库|网|网站|文档|范文|资料|平台)${S}${COMMA}?${S}欢迎您${S}[!！]?|欢迎您?(?:来到|访问|光临)${REST}{0,30}(?:文库|网|网站|平台)${S}[!！]?`,
  `(?:[A-Za-z][A-Za-z0-9_]{0,30})?${S}${D}{4}-${D}{1,2}-${D}{1,2}${SP}{1,3}${D}{1,2}:${D}{2}(?::${D}{2})?`,
  `(?:发布|发表|更新)(?:时间|日期)${S}${COLON}${REST}{0,150}`,
  `(?:浏览量|阅读量|浏览次数|阅读次数|点击量|人气)(?:${S}${COLON}${S}|${SP}{1,3})${N}[^。\\n]{0,100}`,
  `推荐度${S}${COLON}?[^。\\n]{0,50}|相关推荐(?:${S}${COLON}${REST}{0,200})?`,
  `导语${S}${COLON}${REST}{0,300}?(?:网友上传|本站|客服|欢迎参考|小编)${REST}{0,300}`,
  `[\\[【（(]?${S}文${S}档${S}可${S}能${S}无${S}法${S}思${S}考${S}全${S}面${S}[，,]?${S}请${S}浏${S}览${S}后${S}下${S}载${S}[\\]】）)]?`,
  `[^。！？\\n]{0,40}?(?:VIP专享|VIP专属|VIP文档|VIP(?:会员)?(?:可|即可)?免费(?:下载|阅读|查看)?|开通VIP|下载券)[^。！？\\n]{0,80}?(?:下载|开通|阅读|全文|[¥￥]|元)[^。！？\\n]{0,40}`,
  `${NOTICE_MARK}${S}[^。\\n]{0,60}?(?:文档|本站|下载后|免费下载|预览|全文)[^。\\n]{0,60}?${S}${NOTICE_MARK}`,
  `${LP}?(?:[^。\\n]{0,20}?(?:本文|本篇|文档|资料|文章|网络|仅供|转载|上传|图片)[^。\\n]{0,30}?)?(?:如有侵权${S}${COMMA}?${S}请?(?:及时)?(?:联系|告知|通知)[^。\\n]{0,12}?删除|(?:不得|请勿|禁止)用于(?:任何)?商业(?:用途|目的))[^。\\n]{0,40}?${STOP}?${S}${RP}?`,
  `本文档${REST}{0,100}?(?:仅供|来源|下载|上传|版权|侵权|可编辑|免费|收集|整理|网络|用户)${REST}{0,100}`,
];

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'gongwen',
  scopeName: 'text.gongwen',
  comment: [
    'Chinese official reports (公文). One line is one paragraph. Mirrors src/core/parse.ts: front matter, the title',
    '(first meaningful line), a subtitle right after it, headings by their numbering, and the placeholders and',
    'site residue the lint rules report. Every repetition is possessive or bounded, so long lines stay linear.',
    'Limits of a line-by-line grammar: front matter without its closing --- colours the rest as YAML (the model',
    'then sees no front matter); a comment counts only as a whole line, as in the model; of a boilerplate sentence',
    'only its trigger phrase is marked; page-chrome lines are recognised by their own text, not by position.',
  ].join(' '),
  patterns: [{ include: '#preamble' }, { include: '#title-first-line' }, { include: '#body' }],
  repository: {
    preamble: {
      comment: 'The document starts with front matter, a blank line or a comment: the title is the first meaningful line after them.',
      begin: `\\A(?=---${SP}*$|${SP}*$|${SP}*<!--)`,
      end: `^(?=${SP}*+(?:${HEADING_START}|\\||${DATE_LINE}))`,
      patterns: [{ include: '#front-matter' }, { include: '#comment-line' }, { include: '#title' }],
    },
    'title-first-line': titleRule('\\A'),
    title: titleRule('^'),
    subtitle: {
      comment: 'Right after the title: one line starting with a dash (——副题); ends at the next meaningful line.',
      begin: '\\G',
      end: `^(?:${SP}*+((?:—{1,2}|--|－－).*)|(?=${SP}*+(?!<!--)\\S))`,
      endCaptures: { 1: { name: 'markup.heading.subtitle.gongwen', patterns: [{ include: '#inline' }] } },
      patterns: [{ include: '#comment-line' }],
    },
    'front-matter': {
      begin: `\\A(?=---${SP}*$)`,
      end: `^(---|\\.\\.\\.)${SP}*$`,
      applyEndPatternLast: 1,
      name: 'meta.front-matter.gongwen',
      endCaptures: { 1: { name: 'punctuation.definition.front-matter.end.gongwen' } },
      patterns: [{
        begin: `\\A(---)${SP}*$`,
        while: `^(?!(?:---|\\.\\.\\.)${SP}*$)`,
        beginCaptures: { 1: { name: 'punctuation.definition.front-matter.begin.gongwen' } },
        contentName: 'meta.embedded.block.frontmatter',
        patterns: [
          { include: 'source.yaml' },
          {
            comment: 'Used only without a YAML grammar (the built-in one disabled): keeps the block from collapsing into the title.',
            match: `^${SP}*+([^\\s:#][^:#\\n]*?)(:)(?=\\s|$)`,
            captures: { 1: { name: 'entity.name.tag.yaml' }, 2: { name: 'punctuation.separator.key-value.mapping.yaml' } },
          },
        ],
      }],
    },
    body: {
      patterns: [
        { include: '#comment-line' },
        { include: '#table-row' },
        { include: '#residue-line' },
        { include: '#separator-line' },
        { include: '#heading' },
        { include: '#inline' },
      ],
    },
    'comment-line': {
      comment: 'A comment is a whole line, as the model sees it; inline suppression directives live there.',
      match: `^${SP}*+((<!--)(.*?)(-->))${SP}*+$`,
      captures: {
        1: { name: 'comment.block.gongwen' },
        2: { name: 'punctuation.definition.comment.begin.gongwen' },
        3: {
          name: 'comment.block.gongwen',
          patterns: [{ match: '\\breport-author-(?:disable-next-line|disable|enable)\\b', name: 'keyword.control.directive.suppression.gongwen' }],
        },
        4: { name: 'punctuation.definition.comment.end.gongwen' },
      },
    },
    'table-row': {
      begin: `^${SP}*+(?=\\|)`,
      end: '$',
      name: 'markup.table.gongwen',
      patterns: [
        { match: `\\G\\|?${SP}*:?-{3,}+:?${SP}*(?:\\|${SP}*:?-{3,}+:?${SP}*)*+\\|?${SP}*$`, name: 'punctuation.separator.table.gongwen' },
        { match: '\\|', name: 'punctuation.separator.table.gongwen' },
        { include: '#inline' },
      ],
    },
    'residue-line': {
      comment: 'Lines that are page chrome of document sites as a whole (footers, download and copyright notes).',
      match: `^${SP}*+((?:${residueLine.join('|')}))${SP}*$`,
      captures: { 1: { name: RES } },
    },
    'separator-line': { comment: 'A rule line, not a blank to fill in.', match: `^${SP}*+_{3,}+${SP}*+$`, name: 'meta.separator.gongwen' },
    heading: { patterns: [...[1, 2, 3, 4, 5].map(boldHeading), ...[1, 2, 3, 4, 5].map(boldRunIn), ...[1, 2, 3, 4, 5].map(heading)] },
    'title-suffix': {
      comment: 'A site\'s suffix at the end of a title: （通用6篇）, (述责述廉经典稿3000字).',
      match: `${LP}[^（）()\\n]{0,24}?(?:经典稿|精选|通用|合集|范文|完整版|最新版|精品|可编辑)[^（）()\\n]{0,12}${RP}(?=${SP}*$)`,
      name: RES,
    },
    inline: {
      patterns: [
        { include: '#residue-inline' },
        { include: '#link' },
        { include: '#bold' },
        { include: '#masked-word' },
        { include: '#placeholder' },
        { include: '#date' },
        { include: '#enumeration' },
      ],
    },
    'residue-inline': { patterns: residueInline },
    link: {
      patterns: [
        { match: `(?<![A-Za-z0-9_/])(?:https?://|www\\.)[^\\s<>"'\\x{3000}-\\x{303F}${HAN}\\x{FF01}-\\x{FF5E}]++`, name: 'markup.underline.link.gongwen' },
        { match: '(?<![A-Za-z0-9_.+\\-])[A-Za-z0-9_.+\\-]++@[A-Za-z0-9\\-]++(?:\\.[A-Za-z0-9\\-]++)++', name: 'markup.underline.link.email.gongwen' },
      ],
    },
    bold: {
      patterns: [
        {
          comment: '**strong**; not after a digit (20**年), and a one-character pair only as a word of its own (**注**：)',
          match: `(?<![0-9*])(\\*{2,3})(?![\\s*])(?:[^*\\n][^*\\n]++|[^*\\n](?=\\1(?!\\*)(?!${HAN_OR_ALNUM}))(?<!${HAN_OR_ALNUM}\\*{2}.|${HAN_OR_ALNUM}\\*{3}.))(?<!\\s)(\\1)(?!\\*)`,
          name: 'markup.bold.gongwen',
          captures: { 1: { name: 'punctuation.definition.bold.gongwen' }, 2: { name: 'punctuation.definition.bold.gongwen' } },
        },
        {
          match: `(?<![_A-Za-z0-9${HAN}])(__)(?![\\s_])[^_\\n]++(?<!\\s)(__)(?![_A-Za-z0-9${HAN}])`,
          name: 'markup.bold.gongwen',
          captures: { 1: { name: 'punctuation.definition.bold.gongwen' }, 2: { name: 'punctuation.definition.bold.gongwen' } },
        },
      ],
    },
    'masked-word': {
      comment: 'a word masked by the site: 中国***廉洁自律准则 (after #bold, so ***strong*** stays bold)',
      match: `(?<![*＊])(?:(?<=[${HAN}])[*＊]{3,}+|(?=[*＊]{3,}+[${HAN}])[*＊]{3,}+)`,
      name: RES,
    },
    placeholder: {
      patterns: [
        { comment: 'year slots: 20XX, 202X, 20**, 20××, 20〇〇', match: '(?<![A-Za-z0-9_])(?:20(?:[Xx]{2}|[Ｘｘ]{2}|\\*{2}|＊{2}|×{2}|[○〇]{2})|202[XxＸｘ])(?![A-Za-z0-9_XxＸｘ*＊×○〇])', name: PH },
        { comment: 'the masked name XJP', match: '(?<![A-Za-z0-9_\\-])XJP(?![A-Za-z0-9_\\-])', name: PH },
        {
          comment: 'an item title left as X right after its marker at the line start (一、XXXXXX, （1）XXXX, 附件：1.XXXX)',
          match: `(?<=${ITEM_OPENINGS})(?:[Xx]{2,}+|[Ｘｘ]{2,}+)(?![${X_JOIN}XxＸｘ])(?!\\.[A-Za-z0-9])(?! [A-Za-z0-9+\\-*/=<>^])`,
          name: PH,
        },
        { comment: 'XXX alone on a line or in a table cell (a name to fill in)', match: `(?:^|(?<=\\|))${SP}*+([Xx]{2,}+|[Ｘｘ]{2,}+)(?=${SP}*+(?:\\||$))`, captures: { 1: { name: PH } } },
        {
          comment: 'X runs touching Chinese text or % (X次, 述职人：XXX, XX.X%); not X射线, iPhone X, x86, SpaceX, x + y',
          match: `(?<![A-Za-z0-9_XxＸｘ])(?<![\\-+=<>^&@#$~${FW_ALNUM}])(?<![A-Za-z0-9]\\.)(?<![A-Za-z0-9+\\-*/=<>^] )(?![XxＸｘ]${LEGIT_X})(?:${X_BEFORE_CTX}${X_RUN}|(?=${X_RUN}${X_AFTER_CTX})${X_RUN})(?![${X_JOIN}XxＸｘ])(?!\\.[A-Za-z0-9])(?! [A-Za-z0-9+\\-*/=<>^])`,
          name: PH,
        },
        { comment: '×× (a single × multiplies, except as a date slot ×月×日)', match: '×{2,}+|(?<![0-9A-Za-z.×])×(?=[年月日号])', name: PH },
        { comment: '*镇, **书记 (not **bold**, matched before; three or more stars are a masked word)', match: `(?<![*＊])(?:(?<=${STAR_CTX})${STARS_1_2}|(?=${STARS_1_2}${STAR_CTX})${STARS_1_2})(?![*＊])`, name: PH },
        { comment: '____ blanks (not __init__, not a rule line)', match: '(?<![_A-Za-z0-9])_{2,}+(?![_A-Za-z0-9])|＿{2,}+', name: PH },
        { comment: '○○ (not 二〇〇八), OO touching Chinese', match: '(?<![零一二三四五六七八九十百千万亿两○〇])[○〇]{2,}+(?![零一二三四五六七八九十百千万亿两])', name: PH },
        { match: `(?<![A-Za-z0-9_\\-])(?:(?<=[${HAN}])O{2,4}+|(?=O{2,4}+[${HAN}])O{2,4}+)(?![A-Za-z0-9_\\-])`, name: PH },
        {
          comment: '□□; a single □ before its label is a checkbox (□是 □否)',
          match: `□{2,}+|(?<!□)(?:(?<![^ \\t\\x{3000}：:|（(【\\[、])□(?! ?[${HAN}A-Za-z0-9])|(?<=[^ \\t\\x{3000}：:|（(【\\[、□])□)(?!□)`,
          name: PH,
        },
        { comment: '某某 (a single 某 is deliberate anonymisation)', match: '某{2,}+', name: PH },
        { comment: '【单位名称】, 【 】', match: `【(?=[^【】\\n]{0,30}+】)(?:${SP}*+|[^【】\\n]*?${FILL_WORDS}[^【】\\n]*+)】`, name: PH },
        { comment: '[ ], [姓名] (not a task item or a link)', match: `(?<![-*+][ \\t])(?<![0-9][.)][ \\t])\\[(?=[^\\[\\]\\n]{0,30}+\\](?![(\\[:]))(?:${SP}*+|[^\\[\\]\\n]*?${FILL_WORDS}[^\\[\\]\\n]*+)\\]`, name: PH },
      ],
    },
    date: {
      patterns: [
        { match: `(?<![0-9０-９A-Za-z])[0-9０-９]{4}(?:${SP}?[—–\\-~～至到]${SP}?[0-9０-９]{4})?年(?:[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}[日号])?)?`, name: 'constant.numeric.date.gongwen' },
        { match: '(?<![0-9０-９])[0-9０-９]{1,2}月[0-9０-９]{1,2}[日号]', name: 'constant.numeric.date.gongwen' },
        { match: '[一二][〇○零九][〇○零一二三四五六七八九]{2}年(?:[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?)?', name: 'constant.numeric.date.gongwen' },
      ],
    },
    enumeration: {
      comment: '一是…二是…, 第一，…, 其一，…, 首先，其次，最后，',
      patterns: [
        { match: `(?:^|(?<=[。；;：:，,！？!?）)”\\s\\x{3000}\\x{00A0}]))[${CN}]{1,3}是`, name: 'keyword.other.enumeration.gongwen' },
        { match: `(?:^${SP}*+|(?<=[。；;：:！？!?]))((?:第|其)[${CN}]{1,3}|首先|其次|再次|最后)(?=[，,、：:])`, captures: { 1: { name: 'keyword.other.enumeration.gongwen' } } },
      ],
    },
  },
};
process.stdout.write(JSON.stringify(grammar, null, 2) + '\n');
