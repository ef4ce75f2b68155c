import { entity, en, exact, fr, zh, type RegistryEntry } from './types';

const product = (name: string, description: string, aliases: Parameters<typeof entity>[3] = []): RegistryEntry =>
  entity('product', name, description, aliases);

/**
 * Chips, architectures, AI models and apps. Model numbers are matched in exact case ("A100",
 * "H20") so that part numbers such as "a100" in a URL or "h20" in chemistry stay out.
 */
export const PRODUCTS: RegistryEntry[] = [
  // NVIDIA
  product('A100', 'NVIDIA data-centre GPU (Ampere, 2020); its export to China was banned in 2022.', [exact('A100')]),
  product('A800', "NVIDIA's cut-down A100 for China (2022), banned in October 2023.", [exact('A800')]),
  product('H100', 'NVIDIA data-centre GPU (Hopper, 2022).', [exact('H100')]),
  product('H800', "NVIDIA's cut-down H100 for China (2023), banned in October 2023.", [exact('H800')]),
  product('H20', "NVIDIA's Hopper GPU for China under the 2023 rules.", [exact('H20')]),
  product('H200', 'NVIDIA data-centre GPU (Hopper, with more memory, 2024).', [exact('H200')]),
  product('B200', 'NVIDIA data-centre GPU (Blackwell, 2024).', [exact('B200')]),
  product('GB200', 'NVIDIA Grace Blackwell superchip.', [exact('GB200')]),
  product('B20', 'NVIDIA Blackwell GPU planned for China.', [exact('B20')]),
  product('L20', 'NVIDIA inference GPU for China.', [exact('L20')]),
  product('RTX 4090', 'NVIDIA consumer GPU covered by the 2023 rules.', ['GeForce RTX 4090', 'RTX 4090D']),
  product('Ampere', 'NVIDIA GPU architecture (2020) of the A100.', [
    exact('Ampere'),
    en('Ampere architecture'),
    fr('architecture Ampere'),
  ]),
  product('Hopper', 'NVIDIA GPU architecture (2022) of the H100.', [
    exact('Hopper'),
    en('Hopper architecture'),
    fr('architecture Hopper'),
  ]),
  product('Blackwell', 'NVIDIA GPU architecture (2024) of the B200.', [
    exact('Blackwell'),
    en('Blackwell architecture'),
  ]),
  product('CUDA', "NVIDIA's GPU programming platform.", []),
  // Others' chips
  product('Instinct MI300', 'AMD data-centre GPU family (MI300X, MI300A).', [
    'MI300X',
    'MI300A',
    exact('MI300'),
    'Instinct MI300X',
  ]),
  product('MI308', 'AMD data-centre GPU for China.', [exact('MI308')]),
  product('Gaudi', 'Intel AI accelerator family.', [exact('Gaudi'), 'Gaudi 2', 'Gaudi 3', 'Gaudi2', 'Gaudi3']),
  product('Ascend 910B', "Huawei AI accelerator, China's main alternative to NVIDIA.", [
    'Ascend 910',
    'Ascend 910C',
    exact('910B'),
    zh('昇腾910B'),
    zh('昇腾910'),
  ]),
  product('Ascend', "Huawei's AI chip line.", [exact('Ascend'), zh('昇腾')]),
  product('Kirin 9000S', 'Huawei phone processor made by SMIC at 7 nm (2023).', ['Kirin 9000', zh('麒麟9000S')]),
  product('Mate 60 Pro', 'Huawei phone whose 7 nm chip surprised Washington in 2023.', ['Mate 60']),
  product('Kunlun', "Baidu's AI chips.", [exact('Kunlun'), 'Kunlunxin', zh('昆仑芯')]),
  product('MLU370', 'Cambricon AI accelerator.', [exact('MLU370')]),
  product('TPU', "Google's Tensor Processing Unit.", ['Tensor Processing Unit']),
  product('EUV lithography', 'Extreme-ultraviolet lithography machines, made only by ASML.', [
    'EUV',
    en('extreme ultraviolet lithography'),
    fr('lithographie EUV'),
    zh('极紫外光刻'),
  ]),
  product('DUV lithography', 'Deep-ultraviolet lithography machines.', ['DUV', fr('lithographie DUV')]),
  product('HBM', 'High-bandwidth memory stacked next to AI GPUs.', [
    en('high-bandwidth memory'),
    'HBM3',
    'HBM3E',
    zh('高带宽内存'),
  ]),
  // AI models and apps
  product('ChatGPT', "OpenAI's chatbot.", ['Chat GPT']),
  product('GPT-4', 'OpenAI language model (2023).', ['GPT4', 'GPT-4o']),
  product('Claude', "Anthropic's language models.", [exact('Claude')]),
  product('Gemini', "Google's language models.", [exact('Gemini')]),
  product('Llama', "Meta's open-weight language models.", [exact('Llama'), exact('LLaMA'), 'Llama 2', 'Llama 3']),
  product('Ernie Bot', "Baidu's chatbot.", [exact('Ernie'), 'ERNIE Bot', zh('文心一言')]),
  product('DeepSeek-R1', "DeepSeek's reasoning model (2025).", ['DeepSeek R1']),
  product('Kimi', "Moonshot AI's chatbot.", [exact('Kimi')]),
  product('Doubao', "ByteDance's chatbot.", [zh('豆包')]),
  product('TikTok', "ByteDance's short-video app outside China.", ['Tik Tok']),
  product('Douyin', "ByteDance's short-video app in China.", [zh('抖音')]),
  product('WeChat', "Tencent's messaging app.", ['Weixin', zh('微信')]),
];
