import type { ParseRequest } from './types';

/**
 * A small saved news page, parsed once by each new parser thread when the pool is warmed, so the
 * web-page path (sniffing, parse5 where tags are implied, Readability on linkedom, the article's
 * text, language detection, search terms, fingerprint) is loaded and compiled before a
 * reporter's first file arrives. It has what a real page has around its article (navigation,
 * metadata, a share bar, a footer) so Readability does its full work; nothing from it is stored.
 */
export const WARM_UP_PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Port authority delays container audit after customs dispute | The Harbour Courier</title>
<meta name="author" content="Maria Jensen">
<meta property="og:title" content="Port authority delays container audit after customs dispute">
<meta property="og:site_name" content="The Harbour Courier">
<meta property="article:published_time" content="2024-03-12T08:30:00Z">
<meta name="description" content="An audit of unclaimed containers was postponed for a third time.">
<link rel="canonical" href="https://courier.example.org/news/port-audit-delayed">
<style>body { font-family: serif; } .share { display: flex; }</style>
<script>window.dataLayer = [];</script>
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a></nav></header>
<main>
<article>
<h1>Port authority delays container audit after customs dispute</h1>
<p class="byline">By <a rel="author" href="/staff/maria-jensen">Maria Jensen</a>, <time datetime="2024-03-12">12 March 2024</time></p>
<div class="share"><a href="#">Share</a> <a href="#">Print</a></div>
<p>The port authority has postponed, for the third time this year, its audit of more than four hundred containers
left unclaimed on the north quay, after a dispute with the customs office over who should pay for the inspections.</p>
<p>Documents seen by the Courier show that the containers arrived between June and November last year, most of them
declared as machine parts and shipped through two freight brokers registered at the same address in Rotterdam.</p>
<p>"We cannot open a container without a customs officer present, and customs will not send officers until the
question of costs is settled," said Henrik Olsen, a spokesman for the authority. The customs office declined to
comment on an ongoing matter.</p>
<h2>A backlog on the quay</h2>
<p>Dock workers say the stacks have grown so high that cranes must work around them. Two shipping lines have asked
the authority to move the containers inland, which would need a court order, according to a letter dated 4 March.</p>
<p>The audit was first announced in September by the harbour master, Ingrid Lund, who told the city council that
unclaimed cargo had doubled in a year. The council's transport committee will discuss the delay on Thursday.</p>
<figure><img src="/images/quay.jpg" alt="Containers stacked on the north quay"><figcaption>Containers on the north
quay in February.</figcaption></figure>
<p>Freight brokers contacted by the Courier said they had no record of the shipments. One of them, reached by
telephone, said the firm had changed owners in the autumn and that its former director could not be found.</p>
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Ferry timetable changes</a></li><li><a href="/b">New bridge tolls</a></li></ul></aside>
</main>
<footer><p>© 2024 The Harbour Courier. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body>
</html>
`;

/** The parse request that warms a thread: the page above, with limits far above its size. */
export function warmUpRequest(): ParseRequest {
  return {
    fileName: 'warm-up.html',
    bytes: new TextEncoder().encode(WARM_UP_PAGE),
    maxBytes: 1024 * 1024,
    maxUncompressedBytes: 1024 * 1024,
  };
}
