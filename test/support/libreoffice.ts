import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** The first of `names` found on PATH. */
export function which(...names: string[]): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of names) {
      const file = path.join(dir, name);
      try {
        fs.accessSync(file, fs.constants.X_OK);
        return file;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/**
 * Font substitutes for the official fonts on a machine without them: the Chinese Noto fonts in the
 * roles of 仿宋/宋体 (serif), 小标宋 (bold serif), 黑体 (sans) and 楷体 (AR PL UKai when installed). Only the look of the pages depends on them: every
 * CJK font sets its characters one em wide, and the Latin text is in Times New Roman's metric twin.
 */
export function fontconfigFile(dir: string): string {
  const alias = (family: string, prefer: string) =>
    `<alias binding="same"><family>${family}</family><prefer><family>${prefer}</family></prefer></alias>`;
  const conf = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <match target="pattern">
    <test name="family"><string>方正小标宋简体</string></test>
    <edit name="family" mode="assign" binding="same"><string>Noto Serif CJK SC</string></edit>
    <edit name="weight" mode="assign" binding="same"><const>bold</const></edit>
  </match>
  ${alias('仿宋_GB2312', 'Noto Serif CJK SC')}
  ${alias('仿宋', 'Noto Serif CJK SC')}
  ${alias('楷体_GB2312', 'AR PL UKai CN')}
  ${alias('楷体_GB2312', 'Noto Serif CJK SC')}
  ${alias('黑体', 'Noto Sans CJK SC')}
  ${alias('宋体', 'Noto Serif CJK SC')}
</fontconfig>
`;
  const file = path.join(dir, 'fonts.conf');
  fs.writeFileSync(file, conf);
  return file;
}

export interface Converter {
  /** Converts .docx files to PDF in `outDir`; returns the PDF paths. */
  toPdf(docxFiles: string[], outDir: string): string[];
  dispose(): void;
}

/** LibreOffice in headless mode with a profile of its own (so it never meets a running instance). */
export function libreOffice(executable: string): Converter {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'report-author-lo-'));
  const env = { ...process.env, FONTCONFIG_FILE: fontconfigFile(home) };
  return {
    toPdf(docxFiles, outDir) {
      execFileSync(executable, [
        `-env:UserInstallation=file://${path.join(home, 'profile')}`,
        '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...docxFiles,
      ], { env, stdio: 'pipe', timeout: 240_000 });
      return docxFiles.map((f) => path.join(outDir, path.basename(f).replace(/\.docx$/, '.pdf')));
    },
    dispose() {
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

export function pdfPageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const m = /^Pages:\s+(\d+)/m.exec(info);
  if (!m) throw new Error(`pdfinfo gave no page count for ${pdf}`);
  return Number(m[1]);
}

/** Each page's text lines, spaces removed, the page number line left out. */
export function pdfPageLines(pdf: string): string[][] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, pdfPageCount(pdf)).map((page) => page.split('\n')
    .map((l) => l.replace(/\s+/g, ''))
    .filter((l) => l && !/^—\d+—$/.test(l)));
}
