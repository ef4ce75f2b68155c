/**
 * Word lists for the suggestion finder. They are small on purpose: the finder is driven by
 * capitalisation, which works the same in every Latin-script language; these lists only keep
 * out capitalised words that are not names.
 */

/** Function words that start sentences or titles in English and French. Lower case. */
export const FUNCTION_WORDS = new Set(
  `a an the this that these those it its he she they we you i his her their our my your in on at by for from to of and or but
  if as with without after before when while where why how what which who whom there here then so not no yes all some any each
  every many much more most other such only also just even still yet both either neither one two three first last new
  le la les l un une des du de d au aux ce cet cette ces il elle ils elles on nous vous je tu son sa ses leur leurs notre nos
  votre vos mon ma mes ton ta tes et ou mais donc or ni car si que qu qui quoi dont où quand comme avec sans pour par dans sur
  sous chez entre vers selon depuis pendant avant après lors lorsque puisque enfin ainsi alors aussi encore déjà toujours jamais
  tout tous toute toutes chaque plusieurs certains certaines autre autres même mêmes pas plus moins très bien y en ne c s n m t
  voici voilà cela ceci ça est sont était ont a`.split(/\s+/),
);

/** Capitalised in English but never an entity: months, days, and the like (the date rules). */
export const DATE_WORDS = new Set(
  `january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct
  nov dec monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow christmas easter`.split(
    /\s+/,
  ),
);

/** Words of English money expressions ("$4.4 Trillion", "US$ 5 Billion"): never entities. */
export const MONEY_WORDS = new Set(
  'dollar dollars usd eur euro euros yuan rmb renminbi million millions billion billions trillion trillions bn'.split(
    /\s+/,
  ),
);

/** Acronyms too generic to be anyone's name. Upper case. */
export const GENERIC_ACRONYMS = new Set(
  `AI IA GPU GPUS CPU CPUS TPU NPU CEO CFO CTO COO PDG DG PR TV PC PCS IT IP OK HBM DRAM NAND RAM SSD LLM LLMS API APIS SDK AGI
  ML NM GDP PIB VAT TVA FAQ PDF HTML URL USB FY Q1 Q2 Q3 Q4 H1 H2 AM PM UTC GMT NB PS`.split(/\s+/),
);

/** Words that say the phrase is an organisation when they end (or start) it. Lower case. */
export const ORGANISATION_WORDS = new Set(
  `inc inc. corp corp. corporation ltd ltd. llc plc sa sas ag gmbh co co. company group groupe holdings holding technologies
  technology tech bank banque ministry ministère department département agency agence university université institute institut
  council conseil commission bureau association fund fonds capital partners labs lab systems semiconductor semiconductors
  microelectronics electronics news times post journal press agency foundation fondation authority autorité office committee`.split(
    /\s+/,
  ),
);

/** Words that say the phrase is a law or rule. Lower case. */
export const LAW_WORDS = new Set(
  'act law laws regulation regulations rule rules directive treaty agreement code loi règlement règle directive traité accord décret ordonnance'.split(
    /\s+/,
  ),
);

/** Titles just before a name that say it is a person. Lower case, without the final dot. */
export const PERSON_TITLES = new Set(
  'mr mrs ms dr prof sir m mme mlle president président présidente ceo chairman chairwoman minister ministre secretary senator sénateur governor founder fondateur'.split(
    /\s+/,
  ),
);

/** Lower-case words that may join capitalised words inside a name ("Bureau of Industry and Security"). */
export const NAME_CONNECTORS = new Set(['of', 'for', 'and', 'de', 'du', 'des', 'la', 'le', 'et', '&']);
