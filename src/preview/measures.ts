import { Layout, ReportModel, countReportCharacters, layoutReport } from '../core';

/** Layout and 字数 of a model, computed once: models are cached per document version, so this is too. */
interface Measures {
  layout: Layout;
  characters: number;
}

const cache = new WeakMap<ReportModel, Measures>();

export function measuresOf(model: ReportModel): Measures {
  let m = cache.get(model);
  if (!m) {
    m = { layout: layoutReport(model), characters: countReportCharacters(model) };
    cache.set(model, m);
  }
  return m;
}
