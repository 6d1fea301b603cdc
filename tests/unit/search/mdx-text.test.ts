import { describe, expect, test } from 'vitest';
import { mdxToText, splitSections } from '../../../src/lib/search';

describe('mdxToText', () => {
  test('drops imports and code expressions, keeps the children of components', () => {
    const src = "import { daysSupply } from '@/lib/pharmacy';\n\nThe <Term id=\"sig\">sig</Term> lasts **{daysSupply({ form: 'unit' })} days**.";
    expect(mdxToText(src)).toBe('The sig lasts days.');
  });

  test('keeps the titles and questions a reader sees on components', () => {
    const src = '<WorkedExample title="Tablets and a liquid">\nBody text.\n</WorkedExample>\n<CheckYourself id="q1" question="Which code?" options={["a > b", "c"]} answer={1} why={["x", "y"]} />';
    expect(mdxToText(src)).toBe('Tablets and a liquid. Body text. Which code?.');
  });

  test('removes link targets, emphasis, list markers and table rules', () => {
    const src = '- See [intake checks](/learn/dispensing/intake/) and *this*\n\n| Sig | Meaning |\n| --- | --- |\n| bid | twice a day |';
    expect(mdxToText(src)).toBe('See intake checks and this · Sig · Meaning · bid · twice a day');
  });
});

describe('splitSections', () => {
  test('splits at ## to #### headings, not inside fenced code', () => {
    const src = 'Intro.\n\n## First\nOne.\n```\n## not a heading\n```\n### Sub\nTwo.\n## Second\nThree.';
    const { intro, sections } = splitSections(src);
    expect(intro.trim()).toBe('Intro.');
    expect(sections.map((s) => [s.depth, s.heading])).toEqual([[2, 'First'], [3, 'Sub'], [2, 'Second']]);
    expect(sections[0]?.body).toContain('## not a heading');
    expect(sections[2]?.body.trim()).toBe('Three.');
  });
});
