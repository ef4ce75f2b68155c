import { ARTICLES_EN_2022_2023 } from './articles-en-2022-2023';
import { ARTICLES_EN_2024_2025 } from './articles-en-2024-2025';
import { ARTICLES_FR_2022_2024 } from './articles-fr-2022-2024';
import { ARTICLES_FR_2024_2025 } from './articles-fr-2024-2025';
import type { DemoArticle } from './demo-article';

/** Every demo article, oldest first. */
export const DEMO_ARTICLES: readonly DemoArticle[] = [
  ...ARTICLES_EN_2022_2023,
  ...ARTICLES_EN_2024_2025,
  ...ARTICLES_FR_2022_2024,
  ...ARTICLES_FR_2024_2025,
].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
