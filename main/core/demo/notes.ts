import type { DemoNote } from './demo-article';

/** Reporter notes of the demo library, in Markdown: three attached to articles, one free-standing story note. */
export const DEMO_NOTES: DemoNote[] = [
  {
    articleSlug: 'october-2023-update-closes-a800-h800-gap',
    body: [
      '## Follow-up: the new thresholds',
      '',
      '- The October 2023 rule drops the **interconnect test** and uses *total processing performance* (TPP) and *performance density* instead.',
      '- Ask a compliance lawyer how the notification band for slightly weaker chips works in practice: who files, how long officials take.',
      '- Cross-check with the A800 piece from November 2022 for the 400 vs 600 GB/s figures.',
      '',
      "> Raimondo's remark about controlling redesigned chips came later, in December 2023. Don't merge the two in the explainer.",
    ].join('\n'),
  },
  {
    articleSlug: 'deepseek-shock-nvidia-selloff',
    body: [
      '## Caveats on the 5.6 million dollar figure',
      '',
      '1. It covers only the **final training run** of DeepSeek-V3, priced at rental rates.',
      '2. It excludes research, failed runs, staff and the hardware itself.',
      '3. R1 is a separate model built on top of V3.',
      '',
      'TODO: how many H800s did DeepSeek hold before the October 2023 rule? Claims of a much larger cluster are unverified: do not repeat them without a source.',
    ].join('\n'),
  },
  {
    articleSlug: 'a800-h800-rattrapes-regle-americaine',
    body: [
      '## À vérifier',
      '',
      '- Montants des commandes (1 Md$ pour 2023, 4 Md$ pour 2024)\u00a0: chiffres de presse, jamais confirmés par Nvidia ni par les acheteurs.',
      '- Noms chinois\u00a0: 英伟达 (Nvidia), 字节跳动 (ByteDance), 华为 (Huawei), 百度 (Baidu).',
      '- Demander à Volcano Engine s’ils louent encore des H800 à des tiers.',
    ].join('\n'),
  },
  {
    articleSlug: null,
    body: [
      '# Story: the GPU export-control timeline',
      '',
      'Working chronology for the explainer. Dates are when the measure was announced.',
      '',
      '| Date | Event |',
      '| --- | --- |',
      '| 2022-08-09 | CHIPS and Science Act signed |',
      '| 2022-08-31 | NVIDIA discloses the A100/H100 licence requirement |',
      '| 2022-10-07 | BIS rules on advanced computing and chipmaking tools |',
      '| 2022-11 | A800 offered in China |',
      '| 2023-03 | H800 confirmed at Chinese clouds |',
      '| 2023-07 | China licenses gallium and germanium; Japan tool controls in force |',
      '| 2023-09-01 | Dutch DUV rules in force |',
      '| 2023-10-17 | Update catches A800/H800 |',
      '| 2024-12-02 | HBM controls, 140 entities; China bans gallium, germanium, antimony to the US |',
      '| 2025-01-13 | AI diffusion framework |',
      '| 2025-01-27 | DeepSeek sell-off |',
      '| 2025-04-15 | H20 licence requirement, charge of up to about 5.5 billion dollars |',
      '| 2025-05-13 | Diffusion rule rescinded; Ascend guidance |',
      '',
      'Open questions: how much compute reaches China by rental and smuggling? Is Huawei limited more by SMIC yields or by HBM?',
    ].join('\n'),
  },
];
