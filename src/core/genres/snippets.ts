import { formatChineseNumber } from '../numerals';
import { escapeSnippetText, formatSnippet, maxTabStop, shiftTabStops } from './snippetSyntax';
import { Genre, GenreSection, GenreSubsection } from './types';

/** 成文日期 defaulting to today, Arabic digits without zero padding (GB/T 9704 7.3.5.4): 2025年1月8日. */
export const TODAY_SNIPPET = '$CURRENT_YEAR年${CURRENT_MONTH/^0//}月${CURRENT_DATE/^0//}日';

/** In-paragraph enumeration, the same in every genre. */
export const ENUMERATION_SNIPPET = '一是${1:××}。二是${2:××}。三是${3:××}。';

/** Joins snippet pieces line by line, renumbering each piece's tab stops after the previous ones. */
class SnippetComposer {
  private readonly lines: string[] = [];
  private used = 0;

  /**
   * Appends a piece (tab stops numbered from 1) to the current last line; line breaks in the piece
   * start new lines. The tab stops of one piece share one numbering, after all earlier pieces.
   */
  append(piece: string): this {
    const shifted = shiftTabStops(piece, this.used);
    this.used = Math.max(this.used, maxTabStop(shifted));
    if (!this.lines.length) this.lines.push('');
    const [first, ...rest] = shifted.split('\n');
    this.lines[this.lines.length - 1] += first;
    this.lines.push(...rest);
    return this;
  }

  /** Starts a new line with a piece. */
  line(piece: string): this {
    this.lines.push('');
    return this.append(piece);
  }

  text(): string {
    return this.lines.join('\n');
  }
}

function choice(options: readonly string[]): string {
  return options.length > 1 ? formatSnippet([{ kind: 'tabstop', index: 1, children: [], choices: [...options] }]) : escapeSnippetText(options[0] ?? '');
}

/** The numbers offered for a marker: the typical one first (the default), then the others in order. */
function numberChoice(typical: number, format: (n: number) => string, count = 8): string {
  const others = Array.from({ length: Math.max(count, typical) }, (_, i) => i + 1).filter((n) => n !== typical);
  return choice([typical, ...others].map(format));
}

/** The sections of the whole-report snippet. */
export function reportSections(genre: Genre): GenreSection[] {
  return genre.sections.filter((s) => s.inReport ?? s.required);
}

function reportSubsections(section: GenreSection): GenreSubsection[] {
  return section.subsections.filter((s) => s.inReport);
}

/** Where a section usually stands: its place in the whole report, or where it would be inserted. */
export function typicalSectionNumber(genre: Genre, section: GenreSection): number {
  const inReport = reportSections(genre);
  const at = inReport.indexOf(section);
  if (at >= 0) return at + 1;
  const index = genre.sections.indexOf(section);
  return inReport.filter((s) => genre.sections.indexOf(s) < index).length + 1;
}

function typicalSubsectionNumber(section: GenreSection, sub: GenreSubsection): number {
  const inReport = reportSubsections(section);
  const at = inReport.indexOf(sub);
  if (at >= 0) return at + 1;
  return inReport.length + section.subsections.filter((s) => !s.inReport).indexOf(sub) + 1;
}

function addSubsection(c: SnippetComposer, sub: GenreSubsection, marker: string): void {
  if (sub.style === 'run-in') {
    c.line(marker).append(escapeSnippetText(`${sub.heading}。`)).append(sub.body.join('\n'));
  } else {
    c.line(marker).append(escapeSnippetText(sub.heading));
    if (sub.body.length) c.line(sub.body.join('\n'));
  }
}

function addSection(c: SnippetComposer, section: GenreSection, marker: string): void {
  c.line(marker).append(choice(section.headingChoices?.length ? section.headingChoices : [section.heading]));
  if (section.body.length) c.line(section.body.join('\n'));
  reportSubsections(section).forEach((sub, i) => addSubsection(c, sub, `（${formatChineseNumber(i + 1)}）`));
}

function addClosing(c: SnippetComposer, genre: Genre): void {
  if (genre.closing.length) c.line(choice(genre.closing));
  const sig = genre.signature;
  if (sig.kind === 'none') return;
  c.line(escapeSnippetText(sig.label ?? '')).append(sig.kind === 'person' ? '${1:×××}' : '${1:【单位名称】}');
  c.line(`\${1:${TODAY_SNIPPET}}`);
}

/** The whole report: title, opening, every section of the report with its subsections, closing, 落款, date. */
export function wholeReportSnippet(genre: Genre): string {
  const c = new SnippetComposer();
  c.line(genre.title);
  if (genre.salutation) c.line(genre.salutation);
  if (genre.opening.length) c.line(genre.opening.join('\n'));
  reportSections(genre).forEach((s, i) => addSection(c, s, `${formatChineseNumber(i + 1)}、`));
  addClosing(c, genre);
  c.line('$0');
  return c.text();
}

/**
 * One level-1 section. With `number` the marker is fixed (inserting at a known place); without, the
 * marker is a choice defaulting to where the section usually stands.
 */
export function sectionSnippet(genre: Genre, section: GenreSection, number?: number): string {
  const c = new SnippetComposer();
  const marker = number !== undefined
    ? escapeSnippetText(`${formatChineseNumber(number)}、`)
    : numberChoice(typicalSectionNumber(genre, section), (n) => formatChineseNumber(n)) + '、';
  addSection(c, section, marker);
  return c.text();
}

export function subsectionSnippet(section: GenreSection, sub: GenreSubsection): string {
  const c = new SnippetComposer();
  addSubsection(c, sub, `（${numberChoice(typicalSubsectionNumber(section, sub), (n) => formatChineseNumber(n))}）`);
  return c.text();
}

export function openingSnippet(genre: Genre): string {
  return new SnippetComposer().line(genre.opening.join('\n')).text();
}

/** The closing sentence, 落款 and 成文日期 (today). */
export function closingSnippet(genre: Genre): string {
  const c = new SnippetComposer();
  addClosing(c, genre);
  return c.text();
}

/** An entry of a `.code-snippets` file. */
export interface SnippetDefinition {
  name: string;
  prefix: string[];
  body: string[];
  description: string;
}

const lines = (s: string) => s.split('\n');

/** Every snippet of a genre: whole report, opening, each section and typical subsection, closing. */
export function genreSnippets(genre: Genre): SnippetDefinition[] {
  const g = genre.names.zh;
  const out: SnippetDefinition[] = [
    {
      name: `${g}：全文`,
      prefix: genre.prefixes,
      body: lines(wholeReportSnippet(genre)),
      description: `${g}全文模板：${reportSections(genre).map((s) => s.heading).join(' / ')}`,
    },
    {
      name: `${g}：开头`,
      prefix: ['dy', '导语', '开头'],
      body: lines(openingSnippet(genre)),
      description: `${g}的开头（导语）`,
    },
  ];
  for (const section of genre.sections) {
    out.push({
      name: `${g}：${section.heading}`,
      prefix: section.prefixes,
      body: lines(sectionSnippet(genre, section)),
      description: `${g}的${section.required ? '必备' : '可选'}部分：${section.heading}`,
    });
    for (const sub of section.subsections) {
      out.push({
        name: `${g}：${section.heading}：${sub.heading}`,
        prefix: sub.prefixes,
        body: lines(subsectionSnippet(section, sub)),
        description: `${g} · ${section.heading}下的二级标题：${sub.heading}`,
      });
    }
  }
  out.push({
    name: `${g}：结尾和落款`,
    prefix: ['jy', 'lk', '结尾', '落款'],
    body: lines(closingSnippet(genre)),
    description: genre.signature.kind === 'none' ? `${g}的结尾语` : `${g}的结尾语、落款和成文日期（今天）`,
  });
  return out;
}

/** The content of snippets/gongwen.code-snippets: the enumeration, then each genre's snippets. */
export function snippetsFileText(genres: readonly Genre[]): string {
  const file: Record<string, Omit<SnippetDefinition, 'name'>> = {
    '段内列举：一是二是三是': { prefix: ['yses', '一是二是'], body: [ENUMERATION_SNIPPET], description: '段内列举：一是……二是……三是……' },
  };
  for (const genre of genres) {
    for (const { name, ...entry } of genreSnippets(genre)) {
      if (name in file) throw new Error(`duplicate snippet name: ${name}`);
      file[name] = entry;
    }
  }
  return JSON.stringify(file, null, 2) + '\n';
}
