import { entity, en, fr, zh, type RegistryEntry } from './types';

const law = (name: string, description: string, aliases: Parameters<typeof entity>[3] = []): RegistryEntry =>
  entity('law', name, description, aliases);

/** Laws, rules and lists that govern the chip trade. */
export const LAWS: RegistryEntry[] = [
  law('Export Administration Regulations', 'The US rules on exports of dual-use goods, written by BIS.', [
    'EAR',
    fr("règlement sur l'administration des exportations"),
    zh('出口管理条例'),
  ]),
  law('Entity List', 'The BIS list of foreign parties that need a licence to receive US goods.', [
    fr('liste des entités'),
    zh('实体清单'),
  ]),
  law('CHIPS and Science Act', 'The 2022 US law funding chip manufacturing and research.', [
    en('CHIPS Act'),
    en('CHIPS and Science Act of 2022'),
    fr('loi CHIPS'),
    zh('芯片与科学法案'),
    zh('芯片法案'),
  ]),
  law(
    'October 7 rules',
    'The BIS export controls of 7 October 2022 on advanced chips and chip-making tools for China.',
    [en('October 7, 2022 rules'), 'October 2022 export controls', fr('règles du 7 octobre')],
  ),
  law('Foreign Direct Product Rule', 'EAR rule extending US controls to foreign goods made with US technology.', [
    'FDPR',
  ]),
  law('AI Diffusion Rule', 'The 2025 BIS framework for exports of AI chips and model weights worldwide.', [
    en('Framework for Artificial Intelligence Diffusion'),
    fr("règle sur la diffusion de l'IA"),
  ]),
  law('Export Control Reform Act', 'The 2018 US law that gives the Commerce Department its export-control powers.', [
    'ECRA',
  ]),
  law('European Chips Act', "The 2023 EU law to double Europe's share of chip production.", [
    en('EU Chips Act'),
    fr('règlement européen sur les semi-conducteurs'),
    fr('Chips Act européen'),
    zh('欧洲芯片法案'),
  ]),
  law('AI Act', 'The EU regulation on artificial intelligence (2024).', [
    en('EU AI Act'),
    en('Artificial Intelligence Act'),
    fr("règlement européen sur l'IA"),
    zh('人工智能法案'),
  ]),
  law('Export Control Law of China', "China's 2020 law on export controls.", [
    en("China's Export Control Law"),
    fr('loi chinoise sur le contrôle des exportations'),
    zh('出口管制法'),
  ]),
  law('Unreliable Entity List', "China's list of foreign firms barred from trading with China.", [
    fr('liste des entités non fiables'),
    zh('不可靠实体清单'),
  ]),
  law('Anti-Foreign Sanctions Law', "China's 2021 law countering foreign sanctions.", [
    fr('loi contre les sanctions étrangères'),
    zh('反外国制裁法'),
  ]),
  law('Inflation Reduction Act', 'The 2022 US climate and industrial law.', ['IRA']),
  law('Wassenaar Arrangement', 'The multilateral regime on export controls for dual-use goods.', [
    'Wassenaar',
    fr('arrangement de Wassenaar'),
    zh('瓦森纳协定'),
  ]),
  law('Section 301 tariffs', 'US tariffs on Chinese goods under the Trade Act of 1974.', [
    'Section 301',
    fr('article 301'),
    zh('301条款'),
  ]),
  law('Interim Measures for Generative AI', "China's 2023 rules for generative AI services.", [
    en('Interim Measures for the Management of Generative Artificial Intelligence Services'),
    zh('生成式人工智能服务管理暂行办法'),
  ]),
  law('Outbound Investment Rule', 'The US Treasury rule restricting investment in Chinese chip and AI firms.', [
    'reverse CFIUS',
  ]),
];
