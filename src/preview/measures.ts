import { Derived, Layout, ReportModel, countReportCharacters, layoutReport } from '../core';

/** Layout and 字数 of a model, computed once: models are cached per document version, so this is too. */
interface Measures {
  layout: Layout;
  characters: number;
}

const measures = new Derived<Measures>();

export function measuresOf(model: ReportModel): Measures {
  let m = measures.get(model);
  if (!m) {
    m = { layout: layoutReport(model), characters: countReportCharacters(model) };
    measures.set(model, m);
  }
  return m;
}
