/**
 * For e2e/hostile-article.spec.ts: builds an article whose text nobody checked, with
 * every kind of hostile input the reader must show as text, into build/variants/hostile/
 * (served on E2E_PORT + 1001), and writes the input to build/variants/hostile.txt so the
 * spec can compare what the reader shows with what went in. The text mixes markup,
 * character references, bidi and zero-width characters, NFD, C0 controls, CRLF and lone
 * CR, a BOM and broken quote marks with real Russian news sentences, so quotes, speakers
 * and entity marks are produced around and inside the hostile parts.
 */
import { buildVariant } from './lib/build-variant.ts';

/** `<img onerror>` calls the e2e guard's canary: if it ever runs, text became code. */
const canary = '__chitalkaCanary';

// Line ends are part of the input: CRLF for the first blocks, lone CR in the middle, LF after.
const hostileArticle = [
  `\uFEFFТокаев: <script>${canary}("title")</script> ШОС &lt;b&gt;гарант&lt;/b&gt; безопасности\r\n`,
  '\r\n',
  'Президент Казахстана Касым-Жомарт Токаев заявил, что Шанхайская организация сотрудничества остаётся гарантом безопасности в регионе, сообщает Zakon.kz.\r\n',
  '\r\n',
  `«Мы будем <img src=x onerror=${canary}("quote")> укреплять доверие между странами &amp; народами», — сказал Токаев.\r`,
  '\r',
  'Премьер-министр России Михаил Мишустин отметил: «Сотрудничество с Казахстаном — это „стратегический выбор“ для нас».\n',
  '\n',
  'Служебные символы: \u0000\u0001\u0007\u001F, bidi \u202Eобратный порядок\u202C, нулевой\u200Bширины\u200D знак и &#171;ссылки&#187; на кавычки.\n',
  '\n',
  'Слова в NFD: Е\u0308лка и и\u0306од; «незакрытая кавычка и "смешанные «вложенные» кавычки" в одной строке.\n',
].join('');

buildVariant('hostile', hostileArticle);
