import { entity, exact, zh, type RegistryEntry } from './types';

const person = (name: string, description: string, aliases: Parameters<typeof entity>[3] = []): RegistryEntry =>
  entity('person', name, description, aliases);

/**
 * People of the beat. Surnames alone are aliases only when they are distinctive; ambiguous ones
 * ("Ross", "Lee", "Young") would tag strangers.
 */
export const PEOPLE: RegistryEntry[] = [
  person('Jensen Huang', 'Co-founder and chief executive of NVIDIA.', ['Jen-Hsun Huang', zh('黄仁勋'), zh('黃仁勳')]),
  person('Lisa Su', 'Chief executive of AMD.', [zh('苏姿丰')]),
  person('Pat Gelsinger', 'Former chief executive of Intel.', ['Gelsinger']),
  person('Lip-Bu Tan', 'Chief executive of Intel since 2025.', []),
  person('C. C. Wei', 'Chairman and chief executive of TSMC.', ['C.C. Wei', 'Wei Che-chia', zh('魏哲家')]),
  person('Morris Chang', 'Founder of TSMC.', [zh('张忠谋')]),
  person('Ren Zhengfei', 'Founder of Huawei.', [zh('任正非')]),
  person('Meng Wanzhou', 'Chief financial officer and rotating chair of Huawei.', [zh('孟晚舟')]),
  person('Zhang Yiming', 'Founder of ByteDance.', [zh('张一鸣')]),
  person('Liang Rubo', 'Chief executive of ByteDance.', [zh('梁汝波')]),
  person('Shou Zi Chew', 'Chief executive of TikTok.', ['Shou Chew', zh('周受资')]),
  person('Robin Li', 'Co-founder and chief executive of Baidu.', ['Li Yanhong', zh('李彦宏')]),
  person('Jack Ma', 'Co-founder of Alibaba.', ['Ma Yun', zh('马云')]),
  person('Eddie Wu', 'Chief executive of Alibaba Group.', ['Wu Yongming', zh('吴泳铭')]),
  person('Joe Tsai', 'Chairman of Alibaba Group.', [zh('蔡崇信')]),
  person('Pony Ma', 'Co-founder and chief executive of Tencent.', ['Ma Huateng', zh('马化腾')]),
  person('Xu Li', 'Co-founder and chief executive of SenseTime.', [zh('徐立')]),
  person('Liang Wenfeng', 'Founder of DeepSeek.', [zh('梁文锋')]),
  person('Lei Jun', 'Founder of Xiaomi.', [zh('雷军')]),
  person('Sam Altman', 'Chief executive of OpenAI.', ['Altman']),
  person('Satya Nadella', 'Chief executive of Microsoft.', ['Nadella']),
  person('Sundar Pichai', 'Chief executive of Alphabet and Google.', ['Pichai']),
  person('Mark Zuckerberg', 'Founder and chief executive of Meta.', ['Zuckerberg']),
  person('Elon Musk', 'Chief executive of Tesla and founder of xAI.', ['Musk', zh('马斯克')]),
  person('Peter Wennink', 'Former chief executive of ASML.', ['Wennink']),
  person('Christophe Fouquet', 'Chief executive of ASML.', ['Fouquet']),
  person('Masayoshi Son', 'Founder of SoftBank.', [zh('孙正义')]),
  person('Xi Jinping', "President of the People's Republic of China.", [exact('Xi'), zh('习近平')]),
  person('Li Qiang', 'Premier of China.', [zh('李强')]),
  person('Wang Wentao', "China's Minister of Commerce.", [zh('王文涛')]),
  person('He Lifeng', 'Vice-premier of China and lead trade negotiator.', [zh('何立峰')]),
  person('Joe Biden', '46th president of the United States.', ['Biden', zh('拜登')]),
  person('Donald Trump', '45th and 47th president of the United States.', [exact('Trump'), zh('特朗普'), zh('川普')]),
  person('Gina Raimondo', 'US Secretary of Commerce 2021-2025.', ['Raimondo', zh('雷蒙多')]),
  person('Howard Lutnick', 'US Secretary of Commerce from 2025.', ['Lutnick', zh('卢特尼克')]),
  person('Alan Estevez', 'US Under Secretary of Commerce for Industry and Security 2022-2025.', ['Estevez']),
  person('Jake Sullivan', 'US National Security Advisor 2021-2025.', []),
  person('Antony Blinken', 'US Secretary of State 2021-2025.', ['Blinken', zh('布林肯')]),
  person('Janet Yellen', 'US Secretary of the Treasury 2021-2025.', ['Yellen', zh('耶伦')]),
  person('Katherine Tai', 'US Trade Representative 2021-2025.', []),
  person('Chuck Schumer', 'US Senate leader, sponsor of the CHIPS and Science Act.', ['Schumer']),
  person('Ursula von der Leyen', 'President of the European Commission.', ['von der Leyen']),
  person('Thierry Breton', 'European commissioner for the internal market 2019-2024.', []),
  person('Emmanuel Macron', 'President of France.', ['Macron', zh('马克龙')]),
  person('Mark Rutte', 'Prime minister of the Netherlands 2010-2024.', ['Rutte']),
  person('Tsai Ing-wen', 'President of Taiwan 2016-2024.', [zh('蔡英文')]),
  person('Lai Ching-te', 'President of Taiwan since 2024.', ['William Lai', zh('赖清德')]),
];
