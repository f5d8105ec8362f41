import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  ALL_RULES, BUILTIN_GENRES, dateVariables, expandSnippet, formatSnippet, GENRE_MENU_ORDER, Genre, HeadingBlock, inferGenre, lint,
  matchSections, missingSections, parseReport, parseSnippet, renumberHeadings, ReportModel, ruleById, sectionSnippet,
  shiftTabStops, snippetsFileText, textOf, wholeReportSnippet,
} from '../../src/core';

const root = path.resolve(__dirname, '../../..');
const snippetFile = path.join(root, 'snippets', 'gongwen.code-snippets');
const DAY = new Date(2025, 0, 8);

function expandedReport(genre: Genre) {
  const snippet = wholeReportSnippet(genre);
  const expansion = expandSnippet(snippet, dateVariables(DAY));
  return { snippet, expansion, model: parseReport(expansion.text) };
}

const headingLine = (m: ReportModel, h: HeadingBlock) => textOf(m, h.content);

describe('snippet syntax', () => {
  it('parses tab stops, choices, variables with transforms, and escapes, and writes them back unchanged', () => {
    const s = '${1:X}次，${2|一是,二是|}，$CURRENT_YEAR年${CURRENT_MONTH/^0//}月，\\$5，${3:a\\}b}，${4|甲\\,乙,丙|}$0';
    assert.strictEqual(formatSnippet(parseSnippet(s)), s.replace('$CURRENT_YEAR', '${CURRENT_YEAR}').replace('$0', '${0}'));
  });
  it('expands defaults, first choices and date variables without zero padding', () => {
    const e = expandSnippet('${1:X}次${2|甲,乙|}${3:$CURRENT_YEAR年${CURRENT_MONTH/^0//}月${CURRENT_DATE/^0//}日}', dateVariables(new Date(2025, 0, 8)));
    assert.strictEqual(e.text, 'X次甲2025年1月8日');
    assert.deepStrictEqual(e.stops.map((s) => [s.index, e.text.slice(s.start, s.end), s.choice, s.variable]), [
      [1, 'X', false, false], [2, '甲', true, false], [3, '2025年1月8日', false, true],
    ]);
    assert.strictEqual(expandSnippet('${1:${CURRENT_DATE/^0//}}', dateVariables(new Date(2025, 10, 23))).text, '23');
  });
  it('shifts tab stop numbers, nested ones too, but not $0', () => {
    assert.strictEqual(shiftTabStops('${1:a${2:b}}$3${4|x,y|}$0', 10), '${11:a${12:b}}${13}${14|x,y|}${0}');
  });
});

describe('whole-report snippets', () => {
  for (const genre of BUILTIN_GENRES) {
    describe(genre.names.zh, () => {
      const { snippet, expansion, model } = expandedReport(genre);

      it('numbers its tab stops 1…n without gaps, ending in $0', () => {
        const indexes = [...new Set(expansion.stops.map((s) => s.index))].sort((a, b) => a - b);
        assert.deepStrictEqual(indexes, Array.from({ length: indexes.length }, (_, i) => i));
        assert.ok(snippet.trimEnd().endsWith('${0}'));
      });

      it('is recognised as its own genre', () => {
        assert.strictEqual(inferGenre(model).id, genre.id);
      });

      it('parses into the required sections in order, none missing', () => {
        const found = matchSections(model, genre).map((m) => m.sectionId);
        const required = genre.sections.filter((s) => s.required).map((s) => s.id);
        assert.deepStrictEqual(found.filter((id) => id !== undefined && required.includes(id)), required);
        assert.ok(found.every((id) => id !== undefined), `unmatched level-1 heading in ${found}`);
        assert.deepStrictEqual(missingSections(model, genre), []);
      });

      it('numbers every heading in sequence, markers in canonical form', () => {
        assert.ok(model.headings.length >= 3);
        assert.ok(model.headings.every((h) => h.marker.wellFormed && !h.marker.trailingSpace));
        assert.deepStrictEqual(renumberHeadings(model), []);
      });

      it('ends run-in heading sentences with 。 and leaves standalone headings and the title unpunctuated', () => {
        for (const h of model.headings) {
          const sentence = textOf(model, h.headingText);
          if (h.body) assert.ok(sentence.endsWith('。'), headingLine(model, h));
          else assert.ok(!/[。，、；：,.;:！？]$/.test(sentence), headingLine(model, h));
        }
        assert.ok(model.title && !/[。，、；：,.;:]$/.test(textOf(model, model.title.content)));
      });

      it('ends with the closing sentence, 落款 and today’s date', () => {
        assert.ok(model.closing, 'closing sentence');
        if (genre.signature.kind === 'none') {
          assert.strictEqual(model.signature, undefined);
        } else {
          assert.ok(model.signature, 'signature');
          assert.strictEqual(textOf(model, model.date!.content), '2025年1月8日');
        }
      });

      it('leaves one placeholder finding per unfilled blank, and none elsewhere', () => {
        const placeholder = ruleById('placeholder');
        assert.ok(placeholder, 'the placeholder rule');
        const findings = lint(model, [placeholder]);
        const blanks = expansion.stops.filter((s) => !s.choice && !s.variable && s.end > s.start);
        assert.ok(blanks.length >= 3);
        for (const b of blanks) {
          const inside = findings.filter((f) => f.start >= b.start && f.end <= b.end);
          assert.strictEqual(inside.length, 1, `blank ${b.index} «${expansion.text.slice(b.start, b.end)}» has ${inside.length} findings`);
        }
        const outside = findings.filter((f) => !blanks.some((b) => f.start >= b.start && f.end <= b.end));
        assert.deepStrictEqual(outside.map((f) => expansion.text.slice(f.start, f.end)), []);
      });

      it('gets no finding from any rule but the placeholders', () => {
        // missing-section, heading-numbering and heading-punctuation among them, once they exist; their
        // core checks are asserted above
        const others = lint(model, ALL_RULES.filter((r) => r.id !== 'placeholder'));
        assert.deepStrictEqual(others.map((f) => `${f.rule}: ${expansion.text.slice(f.start, f.end)}: ${f.message.en}`), []);
      });
    });
  }
});

describe('section snippets', () => {
  it('offer the typical number first and the heading wording as a choice', () => {
    const g = BUILTIN_GENRES.find((x) => x.id === 'annual-review')!;
    const plans = g.sections.find((s) => s.id === 'plans')!;
    const s = sectionSnippet(g, plans);
    assert.ok(s.startsWith('${1|五,一,二,三,四,六,七,八|}、${2|下一步打算,下步打算,下一步工作打算,今后努力方向|}'), s);
    assert.ok(sectionSnippet(g, plans, 4).startsWith('四、${1|'));
  });
});

describe('snippets/gongwen.code-snippets', () => {
  const text = fs.readFileSync(snippetFile, 'utf8');
  const file = JSON.parse(text) as Record<string, { prefix: string[]; body: string[]; description: string }>;

  it('is up to date with the genre definitions (npm run gen:snippets)', () => {
    const genres = GENRE_MENU_ORDER.map((id) => BUILTIN_GENRES.find((g) => g.id === id)!);
    assert.ok(text === snippetsFileText(genres), 'snippets/gongwen.code-snippets is stale: run npm run gen:snippets');
  });

  it('gives every snippet a pinyin prefix, a Chinese prefix and a Chinese description', () => {
    for (const [name, s] of Object.entries(file)) {
      assert.ok(s.prefix.some((p) => /^[a-z]+$/.test(p)), `${name}: pinyin prefix`);
      assert.ok(s.prefix.some((p) => /^[\u4e00-\u9fff]+$/.test(p)), `${name}: Chinese prefix`);
      assert.ok(/[\u4e00-\u9fff]/.test(s.description), name);
    }
  });

  it('has bodies in valid snippet syntax with tab stops numbered 1…n', () => {
    for (const [name, s] of Object.entries(file)) {
      const body = s.body.join('\n');
      const canonical = formatSnippet(parseSnippet(body));
      assert.strictEqual(canonical.replace(/\$\{(\d+|[A-Z_]+)\}/g, '$$$1'), body.replace(/\$\{(\d+|[A-Z_]+)\}/g, '$$$1'), name);
      const indexes = [...new Set(expandSnippet(body).stops.map((x) => x.index).filter((i) => i > 0))].sort((a, b) => a - b);
      assert.deepStrictEqual(indexes, Array.from({ length: indexes.length }, (_, i) => i + 1), name);
    }
  });

  it('lists the six genres’ whole reports under their prefixes', () => {
    const whole = Object.entries(file).filter(([name]) => name.endsWith('：全文')).map(([, s]) => s.prefix[0]);
    assert.deepStrictEqual(whole, ['szbg', 'qmczd', 'szsl', 'djsz', 'dzjc', 'gzzj', 'tybg']);
    const prefixes = Object.values(file).flatMap((s) => s.prefix);
    for (const p of ['lzqk', 'czwt', 'xbds', '存在的问题', '下步打算', '履职情况', 'yses']) assert.ok(prefixes.includes(p), p);
  });
});
