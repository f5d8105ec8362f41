import { ALL_RULES, lint, parseReport } from '../src/core';
import { benchInputs } from './inputs';
const { large } = benchInputs();
const mine = ALL_RULES.filter((r) => r.id !== 'placeholder' && r.id !== 'site-residue');
for (let i = 0; i < 15; i++) lint(parseReport(large), mine);
