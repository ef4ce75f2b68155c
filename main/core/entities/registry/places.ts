import { entity, en, exact, fr, zh, type RegistryEntry } from './types';

const place = (name: string, description: string, aliases: Parameters<typeof entity>[3] = []): RegistryEntry =>
  entity('place', name, description, aliases);

/** Countries, regions and cities of the chip trade. Names that are also words ("China", "Turkey") match in exact case. */
export const PLACES: RegistryEntry[] = [
  place('United States', 'The United States of America.', [en('United States of America'), 'US', 'U.S.', 'USA', 'U.S.A.', fr('États-Unis'), fr('Etats-Unis'), fr("États-Unis d'Amérique"), zh('美国'), zh('美國')]),
  place('China', 'The People\'s Republic of China.', [exact('China'), en("People's Republic of China"), 'PRC', en('mainland China'), exact('Chine', 'fr'), fr('République populaire de Chine'), fr('Chine continentale'), zh('中国'), zh('中國'), zh('中华人民共和国')]),
  place('Taiwan', 'The island governed by the Republic of China, home of TSMC.', [fr('Taïwan'), zh('台湾'), zh('臺灣'), zh('台灣')]),
  place('Hong Kong', 'Special administrative region of China.', [fr('Hongkong'), zh('香港')]),
  place('Japan', 'Japan, which aligned its chip-tool export controls with the US in 2023.', [exact('Japan'), exact('Japon', 'fr'), zh('日本')]),
  place('South Korea', 'The Republic of Korea.', [en('Republic of Korea'), fr('Corée du Sud'), zh('韩国'), zh('南韩')]),
  place('Netherlands', 'The Netherlands, home of ASML.', [en('the Netherlands'), en('Holland'), fr('Pays-Bas'), zh('荷兰')]),
  place('Germany', 'Germany, site of planned Intel and TSMC fabs.', [fr('Allemagne'), zh('德国')]),
  place('France', 'France, home of chip-equipment suppliers and AI start-ups.', [exact('France'), zh('法国')]),
  place('United Kingdom', 'The United Kingdom.', ['UK', en('Britain'), en('Great Britain'), fr('Royaume-Uni'), zh('英国')]),
  place('European Union', 'The European Union.', ['EU', fr('Union européenne'), 'UE', zh('欧盟')]),
  place('India', 'India, courting chip assembly and fab investment.', [exact('India'), exact('Inde', 'fr'), zh('印度')]),
  place('Singapore', 'Singapore, a transit hub for chip shipments.', [fr('Singapour'), zh('新加坡')]),
  place('Malaysia', 'Malaysia, a chip packaging and data-centre hub.', [fr('Malaisie'), zh('马来西亚')]),
  place('Vietnam', 'Vietnam, a growing chip assembly and test hub.', ['Viet Nam', fr('Viêt Nam'), zh('越南')]),
  place('United Arab Emirates', 'The United Arab Emirates, a buyer of AI chips.', ['UAE', fr('Émirats arabes unis'), zh('阿联酋')]),
  place('Saudi Arabia', 'Saudi Arabia, a buyer of AI chips.', [fr('Arabie saoudite'), zh('沙特阿拉伯'), zh('沙特')]),
  place('Russia', 'Russia, under Western export controls since 2022.', [exact('Russie', 'fr'), zh('俄罗斯')]),
  place('Israel', 'Israel, home of NVIDIA and Intel design centres.', [fr('Israël'), zh('以色列')]),
  place('Beijing', 'Capital of China; also stands for the Chinese government.', [fr('Pékin'), zh('北京')]),
  place('Shanghai', 'Chinese city, home of SMIC and Hua Hong.', [zh('上海')]),
  place('Shenzhen', 'Chinese city, home of Huawei and Tencent.', [zh('深圳')]),
  place('Hangzhou', 'Chinese city, home of Alibaba and DeepSeek.', [zh('杭州')]),
  place('Hsinchu', 'Taiwanese city, home of TSMC\'s headquarters.', [zh('新竹')]),
  place('Washington', 'Washington, D.C.; also stands for the US government.', [exact('Washington'), 'Washington, D.C.', zh('华盛顿')]),
  place('Silicon Valley', 'The technology region south of San Francisco.', [zh('硅谷')]),
  place('Santa Clara', 'Californian city, home of NVIDIA and Intel.', []),
  place('Arizona', 'US state, site of TSMC and Intel fabs.', []),
  place('Xinjiang', 'Region of north-west China.', [zh('新疆')]),
  place('Asia', 'The continent of Asia.', [exact('Asie', 'fr'), zh('亚洲')]),
];
