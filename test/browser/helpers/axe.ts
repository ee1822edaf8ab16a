import axe from 'axe-core';

/** axe-core WCAG 2.1 A/AA violations inside `root` (shadow roots included), as readable lines. */
export async function axeViolations(root: Element | Document = document): Promise<string[]> {
  const result = await axe.run(root as Element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  });
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}
