import { ENTITY_TYPES, type EntityType } from '../../preload/api';

/**
 * A labelled set written for Dossier: short news items in English and French on the chip trade,
 * with every entity a reporter would want marked by hand as [[surface|type]]. Names the shipped
 * registry does not know are marked too, so recall is honest. Ordinary uses of ambiguous words
 * ("us", "china" plates, a "hopper") are deliberately left unmarked.
 */
export const LABELLED_ARTICLES: readonly { language: 'en' | 'fr'; text: string }[] = [
  {
    language: 'en',
    text: `[[Nvidia|organisation]] said on Tuesday that the [[US|place]] had told it to stop shipping [[H20|product]] chips to [[China|place]]. Let us be clear, a spokesman said: the [[A100|product]] and [[H100|product]] were already banned under the [[Export Administration Regulations|law]].`,
  },
  {
    language: 'en',
    text: `[[Gina Raimondo|person]], the [[Commerce Department|organisation]] secretary, told [[Congress|organisation]] that the [[Bureau of Industry and Security|organisation]] needed more money. [[BIS|organisation]] enforces the [[Entity List|law]], which now includes [[Huawei|organisation]] and [[SMIC|organisation]].`,
  },
  {
    language: 'en',
    text: `[[TSMC|organisation]] will build a second fab in [[Arizona|place]] with money from the [[CHIPS and Science Act|law]], chairman [[C.C. Wei|person]] said in [[Hsinchu|place]]. Analysts at [[Morgan Stanley|organisation]] expect the plant to make chips for [[Apple|organisation]] and [[AMD|organisation]].`,
  },
  {
    language: 'en',
    text: `[[ByteDance|organisation]] has ordered about $1 billion of [[Nvidia|organisation]] GPUs, according to [[Reuters|organisation]]. The owner of [[TikTok|product]] and [[Douyin|product]] is training its [[Doubao|product]] chatbot; [[Baidu|organisation]] and [[Alibaba|organisation]] are doing the same with [[Ernie Bot|product]] and [[Qwen|product]].`,
  },
  {
    language: 'en',
    text: `The [[Netherlands|place]] widened its curbs on [[ASML|organisation]] machines in September. [[ASML|organisation]] chief executive [[Christophe Fouquet|person]] said [[DUV|product]] scanners sold to [[China|place]] would need a licence, and that no [[EUV|product]] tool had ever gone there.`,
  },
  {
    language: 'en',
    text: `[[Huawei|organisation]] is shipping its [[Ascend 910C|product]] to [[Baidu|organisation]] and [[Tencent|organisation]], according to [[The Information|organisation]]. [[Ren Zhengfei|person]] told staff in [[Shenzhen|place]] that the company's [[Kirin 9000S|product]] proved the sanctions had failed. A grain hopper is not a GPU.`,
  },
  {
    language: 'en',
    text: `Senator [[Tom Cotton|person]] introduced the [[Chip Security Act|law]], which would make [[Nvidia|organisation]] track where its chips end up. [[Jensen Huang|person]] called export controls a failure during a visit to [[Taipei|place]] and [[Beijing|place]].`,
  },
  {
    language: 'fr',
    text: `[[Nvidia|organisation]] a conçu l'[[A800|product]] et le [[H800|product]] pour le marché chinois après les règles d'octobre du [[gouvernement américain|organisation]]. Les [[États-Unis|place]] les ont interdits un an plus tard, au grand dam de [[Jensen Huang|person]].`,
  },
  {
    language: 'fr',
    text: `Le [[ministère chinois du Commerce|organisation]] a ajouté [[Illumina|organisation]] à sa [[liste des entités non fiables|law]]. [[Pékin|place]] répond ainsi aux droits de douane décidés par [[Donald Trump|person]] contre la [[Chine|place]].`,
  },
  {
    language: 'fr',
    text: `Selon [[Le Monde|organisation]], [[SenseTime|organisation]] et [[Megvii|organisation]] figurent toujours sur l'[[Entity List|law]] américaine. La start-up [[DeepSeek|organisation]], basée à [[Hangzhou|place]], a entraîné son modèle [[DeepSeek-R1|product]] sur des puces [[H800|product]].`,
  },
  {
    language: 'fr',
    text: `La [[Commission européenne|organisation]] veut doubler la part de l'[[Union européenne|place]] dans la production mondiale grâce au [[Chips Act européen|law]]. [[Intel|organisation]] a pourtant gelé son usine de [[Magdebourg|place]], en [[Allemagne|place]].`,
  },
  {
    language: 'fr',
    text: `[[AMD|organisation]] prépare une version bridée de sa puce [[MI308|product]] pour la [[Chine|place]], d'après [[Bloomberg|organisation]]. [[Lisa Su|person]] estime que le marché chinois reste essentiel ; [[Xiaomi|organisation]] et [[Lenovo|organisation]] attendent les premières livraisons.`,
  },
  {
    language: 'fr',
    text: `Le [[Japon|place]] et les [[Pays-Bas|place]] se sont alignés sur [[Washington|place]] en 2023. [[Tokyo Electron|organisation]] ne peut plus vendre certains outils à [[YMTC|organisation]] ni à [[CXMT|organisation]], selon le [[Financial Times|organisation]].`,
  },
  {
    language: 'en',
    text: `[[Moore Threads|organisation]] and [[Biren|organisation]] were added to the [[Entity List|law]] in October 2023, along with [[Cambricon|organisation]]'s suppliers. [[Zhipu AI|organisation]] followed in January, said [[Alan Estevez|person]], the official in charge of export enforcement at [[BIS|organisation]].`,
  },
];

export interface GoldMention {
  start: number;
  end: number;
  type: EntityType;
}

const LABEL_MARK = new RegExp(`\\[\\[([^|\\]]+)\\|(${ENTITY_TYPES.join('|')})\\]\\]`, 'g');

/** Strips the [[surface|type]] marks and returns the plain text with the gold mentions. */
export function parseLabelled(marked: string): { text: string; gold: GoldMention[] } {
  const gold: GoldMention[] = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(LABEL_MARK)) {
    text += marked.slice(last, m.index);
    gold.push({ start: text.length, end: text.length + m[1]!.length, type: m[2] as EntityType });
    text += m[1];
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  return { text, gold };
}
