import type { DemoArticle } from './demo-article';

/**
 * French demo articles, August 2022 to March 2024. Le Journal des Semi-conducteurs and La Lettre de l'Indo-Pacifique use
 * typographic apostrophes (’), Tech & Pouvoir uses straight ones, as real French sites differ:
 * search must find « A800 » in both « l’A800 » and « l'A800 ».
 */
export const ARTICLES_FR_2022_2024: DemoArticle[] = [
  {
    slug: 'chips-and-science-act-promulgue',
    title: 'Joe Biden promulgue le CHIPS and Science Act : 52 milliards de dollars pour relocaliser les puces',
    byline: 'Claire Vautrin',
    siteName: 'Le Journal des Semi-conducteurs',
    publishedAt: '2022-08-10',
    language: 'fr',
    url: 'https://journal-semiconducteurs.example/2022/08/10/chips-and-science-act-promulgue',
    tags: ['chips-act'],
    paragraphs: [
      'Le président Joe Biden a promulgué mardi le CHIPS and Science Act, une loi qui consacre environ 52,7 milliards de dollars à l’industrie américaine des semi-conducteurs. Adopté fin juillet par le Congrès avec le soutien d’une partie des élus républicains, le texte est présenté par la Maison-Blanche comme l’un des plus importants investissements industriels des États-Unis depuis des décennies.',
      'L’essentiel de l’enveloppe, 39 milliards de dollars, financera la construction ou l’extension d’usines de fabrication sur le sol américain. Environ 11 milliards iront à la recherche, notamment à un futur centre national de technologie des semi-conducteurs. La loi crée aussi un crédit d’impôt de 25 % pour les investissements dans les équipements de production.',
      'Le contexte explique cette mobilisation. Les États-Unis conçoivent une grande partie des puces les plus avancées du monde, mais n’en fabriquent plus qu’une faible part : la production de pointe est concentrée à Taïwan, chez TSMC, et en Corée du Sud, chez Samsung. La pénurie de composants pendant la pandémie a montré à quel point cette dépendance pouvait paralyser l’industrie automobile ou électronique.',
      'Le texte contient aussi un volet chinois. Les entreprises qui reçoivent des aides s’engagent, pendant dix ans, à ne pas augmenter de manière significative leurs capacités de production de semi-conducteurs avancés en Chine ou dans d’autres pays jugés préoccupants. Pékin a dénoncé une loi contraire aux règles du commerce international, inspirée selon lui par une mentalité de guerre froide.',
      'Plusieurs industriels ont déjà annoncé des projets : Intel dans l’Ohio, TSMC en Arizona, Micron dans l’Idaho. Reste à savoir à quel rythme le département du Commerce, chargé de distribuer les fonds sous l’autorité de la secrétaire Gina Raimondo, parviendra à négocier les subventions au cas par cas.',
      'Pour les observateurs de la rivalité technologique entre Washington et Pékin, la loi n’est qu’une moitié de la stratégie. L’autre moitié, restreindre l’accès de la Chine aux puces et aux machines les plus avancées, est attendue dans les prochains mois sous la forme de nouvelles règles d’exportation. Dans le secteur, on s’attend à ce qu’elles visent autant les puces elles-mêmes que les machines qui servent à les fabriquer.',
    ],
  },
  {
    slug: 'regles-7-octobre-puces-ia-chine',
    title: "Règles du 7 octobre : les États-Unis coupent l'accès de la Chine aux puces d'IA les plus puissantes",
    byline: 'Amélie Rousset',
    siteName: 'Tech & Pouvoir',
    publishedAt: '2022-10-12',
    language: 'fr',
    url: 'https://techetpouvoir.example/2022/10/12/regles-7-octobre-puces-ia-chine',
    tags: ['export-controls', 'nvidia'],
    paragraphs: [
      "Le département du Commerce américain a publié vendredi 7 octobre un ensemble de règles d'exportation d'une ampleur inédite contre la Chine. Le Bureau of Industry and Security (BIS) vise à la fois les puces de calcul les plus avancées, utilisées pour l'intelligence artificielle et les supercalculateurs, et les équipements nécessaires pour fabriquer des semi-conducteurs de pointe.",
      "Pour Nvidia, les conséquences sont immédiates. L'A100 et le H100, ses deux accélérateurs phares pour centres de données, ne peuvent plus être exportés vers la Chine sans licence. Le groupe de Santa Clara avait révélé fin août avoir reçu une notification en ce sens ; la règle officialise ce régime et l'étend à tout produit atteignant des seuils comparables de performance et de débit d'interconnexion. L'accélérateur MI250 d'AMD est concerné de la même façon.",
      "Les équipements de fabrication sont l'autre cible. Les exportations d'outils destinés aux usines chinoises qui produisent des puces logiques en 16 ou 14 nanomètres et moins, de la mémoire DRAM de 18 nanomètres ou moins, ou de la mémoire NAND d'au moins 128 couches sont désormais soumises à licence. Les citoyens et résidents permanents américains doivent également obtenir une autorisation pour contribuer au développement ou à la production de puces avancées dans ces usines.",
      "Ce dernier point inquiète particulièrement l'industrie chinoise, qui emploie de nombreux ingénieurs formés aux États-Unis ou titulaires d'une carte verte. Plusieurs fournisseurs américains d'équipements devraient suspendre une partie de leurs interventions chez des clients chinois en attendant des éclaircissements.",
      "Washington justifie ces mesures par la sécurité nationale : les puces avancées serviraient à moderniser l'armée chinoise, à concevoir des armes ou à perfectionner la surveillance. Pékin dénonce au contraire une tentative de préserver une hégémonie technologique et promet de défendre les intérêts de ses entreprises.",
      "Reste une question que se posent déjà de nombreux analystes. Les règles reposent sur des seuils techniques précis ; rien n'empêche en théorie un fabricant de concevoir une puce volontairement bridée, juste en dessous de la limite, pour continuer à servir le marché chinois. La réponse de Nvidia ne devrait pas tarder.",
    ],
  },
  {
    slug: 'pays-bas-asml-restrictions-chine',
    title: 'La Haye annonce des restrictions sur les machines d’ASML vendues à la Chine',
    byline: 'Hugo Lemaire',
    siteName: "La Lettre de l'Indo-Pacifique",
    publishedAt: '2023-03-09',
    language: 'fr',
    url: 'https://lettre-indopacifique.example/2023/03/09/pays-bas-asml-restrictions-chine',
    tags: ['allies', 'export-controls'],
    paragraphs: [
      'Le gouvernement néerlandais a confirmé mercredi qu’il allait soumettre à licence l’exportation de certains équipements de fabrication de semi-conducteurs, une décision qui vise au premier chef ASML, le champion national de la lithographie. Dans une lettre au Parlement, la ministre du Commerce extérieur, Liesje Schreinemacher, indique que les nouvelles règles seront publiées avant l’été.',
      'La mesure concerne les systèmes de lithographie par immersion dans l’ultraviolet profond (DUV) les plus avancés, ainsi que certains équipements de dépôt. Les machines à ultraviolet extrême (EUV), indispensables pour graver les puces les plus fines, ne sont déjà plus livrées à la Chine depuis 2019 : La Haye n’avait alors pas renouvelé la licence d’exportation d’ASML.',
      'Sans jamais citer la Chine, la lettre invoque la sécurité nationale et le risque que des technologies néerlandaises contribuent à des applications militaires. Elle intervient cinq mois après les règles américaines d’octobre 2022, que Washington souhaitait voir reprises par ses alliés détenteurs de technologies clés, au premier rang desquels les Pays-Bas et le Japon. Selon plusieurs sources, un accord de principe entre les trois pays aurait été trouvé fin janvier, sans qu’aucun texte commun ne soit publié.',
      'ASML estime dans un communiqué que ces mesures ne devraient pas avoir d’effet significatif sur ses prévisions financières pour 2023. Le groupe de Veldhoven précise qu’il devra demander des licences pour ses systèmes DUV les plus avancés et que les détails restent à connaître. La Chine représente une part importante de ses ventes de machines DUV, les fabricants chinois ayant multiplié les commandes depuis un an.',
      'Le sujet est délicat pour La Haye. ASML est l’une des plus grosses capitalisations européennes, et son président, Peter Wennink, a souvent mis en garde contre des restrictions qui pousseraient la Chine à développer ses propres machines. Pékin a fait savoir qu’il s’opposait fermement à la décision.',
      'Le Japon, où sont installés Tokyo Electron et Nikon, devrait annoncer des mesures comparables dans les prochaines semaines. Pour Washington, l’enjeu est de taille : sans ses alliés, les contrôles américains sur les équipements laisseraient d’importantes failles.',
    ],
  },
  {
    slug: 'a800-h800-rattrapes-regle-americaine',
    title: 'L’A800 et le H800 rattrapés : les géants chinois de l’internet face à la nouvelle règle américaine',
    byline: 'Julien Ferrand',
    siteName: 'Le Journal des Semi-conducteurs',
    publishedAt: '2023-10-19',
    language: 'fr',
    url: 'https://journal-semiconducteurs.example/2023/10/19/a800-h800-rattrapes-regle-americaine',
    tags: ['export-controls', 'nvidia', 'story/bytedance'],
    paragraphs: [
      'La mise à jour des contrôles américains publiée mardi par le Bureau of Industry and Security met fin à une parenthèse d’un an. L’A800 et le H800, les deux puces que Nvidia avait conçues pour le marché chinois en réduisant leur débit d’interconnexion, sont désormais soumis à licence. Le critère de bande passante, que ces puces contournaient, disparaît au profit d’une mesure de la puissance de calcul totale et de sa densité.',
      'En Chine, où Nvidia est connu sous le nom de 英伟达, l’annonce frappe d’abord les grands groupes de l’internet. Selon des informations de presse parues cet été, Baidu (百度), ByteDance (字节跳动), Tencent (腾讯) et Alibaba (阿里巴巴) avaient commandé pour environ un milliard de dollars d’A800 à livrer en 2023, et pour quelque quatre milliards de dollars de processeurs graphiques supplémentaires en 2024. Une partie de ces commandes pourrait ne jamais être livrée.',
      'ByteDance, maison mère de TikTok et de Douyin, est particulièrement exposé. Le groupe développe ses propres modèles de langage et loue de la puissance de calcul à d’autres entreprises par l’intermédiaire de sa plateforme de cloud, Volcano Engine. Ses ingénieurs, comme ceux de ses concurrents, travaillent depuis des années avec l’écosystème logiciel CUDA de Nvidia.',
      'L’alternative la plus citée s’appelle Huawei (华为). Son accélérateur Ascend 910B, gravé selon toute vraisemblance par SMIC en 7 nanomètres, est présenté comme un concurrent de l’A100. Mais les volumes disponibles restent incertains et le portage des logiciels demande du temps. D’autres concepteurs chinois, Biren Technology et Moore Threads, viennent d’être inscrits sur la liste noire américaine (Entity List), ce qui complique leur accès aux usines de TSMC.',
      'Nvidia dit ne pas prévoir d’effet significatif à court terme sur ses résultats, compte tenu de la demande mondiale. Les analystes s’attendent néanmoins à ce que le groupe de Jensen Huang développe une nouvelle famille de puces conformes aux seuils révisés. La secrétaire au Commerce, Gina Raimondo, a prévenu que les règles seraient ajustées aussi souvent que nécessaire.',
      'Pour les acheteurs chinois, la leçon est claire : chaque puce conçue pour passer juste sous la limite, comme l’A800 hier, peut être rattrapée à la révision suivante. Beaucoup vont désormais répartir leurs achats entre fournisseurs américains et chinois, quitte à accepter des performances moindres.',
    ],
  },
  {
    slug: 'location-gpu-faille-cloud',
    title: "Louer ce qu'on ne peut pas acheter : la faille du cloud dans les contrôles américains",
    byline: 'Nicolas Béranger',
    siteName: 'Tech & Pouvoir',
    publishedAt: '2024-03-12',
    language: 'fr',
    url: 'https://techetpouvoir.example/2024/03/12/location-gpu-faille-cloud',
    tags: ['cloud-loophole', 'story/bytedance'],
    paragraphs: [
      "Les règles américaines interdisent d'exporter vers la Chine les accélérateurs les plus puissants de Nvidia. Elles n'interdisent pas, en revanche, à une entreprise chinoise de louer à distance des serveurs équipés de ces mêmes puces, installés en Malaisie, à Singapour ou aux États-Unis. Cette zone grise, surnommée à Washington la « faille du cloud », est devenue un sujet central du débat sur l'efficacité des contrôles.",
      "Le mécanisme est simple. Les réglementations d'exportation portent sur des biens : une puce qui franchit une frontière, un serveur livré à un client. Un accès à distance à de la puissance de calcul n'est pas, en l'état, une exportation. Une jeune pousse chinoise peut donc, en théorie, entraîner son modèle sur des H100 situés hors de Chine, à condition que le fournisseur de cloud n'ait pas de raison de soupçonner un usage interdit.",
      "Plusieurs grands groupes chinois disposent par ailleurs de centres de données à l'étranger. Des informations de presse ont fait état de l'accès de ByteDance à des puces de dernière génération par l'intermédiaire de fournisseurs de cloud américains, hors de Chine, sans qu'aucune infraction n'ait été établie. Des acteurs plus modestes proposent ouvertement en ligne des heures de calcul sur des GPU récents à des clients chinois.",
      "Le département du Commerce a réagi fin janvier en proposant une règle qui obligerait les fournisseurs américains d'infrastructure à la demande (IaaS) à vérifier l'identité de leurs clients étrangers, sur le modèle du « know your customer » bancaire. Le texte prévoit aussi de signaler l'entraînement, par des clients étrangers, de grands modèles d'IA susceptibles d'être détournés à des fins de cyberattaque, comme le demandait le décret présidentiel d'octobre 2023 sur l'IA.",
      "La proposition ne ferme pas la porte aux clients chinois : elle crée les moyens de les identifier, et la base juridique pour restreindre ensuite certains d'entre eux. Les fournisseurs de cloud redoutent un lourd fardeau administratif et craignent que leurs clients se tournent vers des concurrents non américains. Au Congrès, des élus des deux partis réclament une loi qui soumettrait explicitement l'accès à distance aux contrôles d'exportation.",
      "En attendant, la faille reste ouverte. Pour les entreprises chinoises, louer coûte plus cher qu'acheter et expose leurs données à des prestataires étrangers ; mais pour un entraînement ponctuel, c'est souvent la seule manière d'accéder aux puces les plus récentes.",
    ],
  },
];
