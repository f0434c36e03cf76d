// The card's fixed words in other languages, written for this project: the package entry
// `nice-pick/translations`, for the studio, the Markdown plugins and apps that localize in code.
// The element never imports this module, so the words cost its readers no bytes: pass the words
// of a language to the element's `labels` property, or write them into a comparison's `labels`.
//
// The words are what a tech publication in the language would print on a comparison page:
// "Nice Pick" becomes that language's "Our pick" (a badge, not a brand), punctuation follows the
// language (a narrow no-break space U+202F before French ":" and "?", Arabic "؟", full-width
// "：" and "？" in Chinese and Japanese), and `wins` is phrased so that no word has to agree with
// the pick's name (gender, case, vowel harmony): "Побеждает {name}", "Kazanan: {name}".
// A wrong word? Open an issue in the project's tracker, naming the language and the word; a
// native speaker's correction is welcome.
import { defaultLabels } from './comparison.js';
import type { CardLabels } from './comparison.js';

/** Every fixed word of the card, in one language. */
export type Translation = Required<CardLabels>;

/** A language the card's words are written in: its BCP 47 tag, its own name, its direction. */
export interface Language {
  /** The key in `translations`, e.g. "fr", "pt-BR", "zh-Hans". */
  tag: string;
  /** The language's name in that language, e.g. "Français". */
  name: string;
  /** Its writing direction: set `dir` on the comparison (or the page) to match. */
  dir: 'ltr' | 'rtl';
}

const NNBSP = '\u202f'; // narrow no-break space: French puts it before ":" and "?"

/** The card's fixed words by BCP 47 language tag. English is `defaultLabels`, the element's own. */
export const translations: Readonly<Record<string, Translation>> = {
  en: { ...defaultLabels },
  fr: {
    pick: 'Notre choix',
    pros: 'Avantages',
    cons: 'Inconvénients',
    relatedTo: `En lien avec${NNBSP}:`,
    verdict: 'Le verdict',
    bottomLine: 'En bref',
    wins: '{name} l’emporte',
    disagree: `Pas d’accord avec notre choix${NNBSP}?`,
    loading: 'Chargement de la comparaison…',
    error: 'Impossible d’afficher cette comparaison.',
    retry: 'Réessayer',
  },
  de: {
    pick: 'Unsere Wahl',
    pros: 'Vorteile',
    cons: 'Nachteile',
    relatedTo: 'Verwandte Themen:',
    verdict: 'Fazit',
    bottomLine: 'Unterm Strich',
    wins: '{name} gewinnt',
    disagree: 'Anderer Meinung als wir?',
    loading: 'Vergleich wird geladen…',
    error: 'Dieser Vergleich kann nicht angezeigt werden.',
    retry: 'Erneut versuchen',
  },
  es: {
    pick: 'Nuestra elección',
    pros: 'Ventajas',
    cons: 'Desventajas',
    relatedTo: 'Relacionado con:',
    verdict: 'El veredicto',
    bottomLine: 'En resumen',
    wins: 'Gana {name}',
    disagree: '¿No estás de acuerdo con nuestra elección?',
    loading: 'Cargando la comparación…',
    error: 'No se ha podido mostrar esta comparación.',
    retry: 'Reintentar',
  },
  'pt-BR': {
    pick: 'Nossa escolha',
    pros: 'Prós',
    cons: 'Contras',
    relatedTo: 'Relacionado a:',
    verdict: 'O veredito',
    bottomLine: 'Resumindo',
    wins: '{name} vence',
    disagree: 'Discorda da nossa escolha?',
    loading: 'Carregando comparação…',
    error: 'Não foi possível exibir esta comparação.',
    retry: 'Tentar novamente',
  },
  'pt-PT': {
    pick: 'A nossa escolha',
    pros: 'Prós',
    cons: 'Contras',
    relatedTo: 'Relacionado com:',
    verdict: 'O veredicto',
    bottomLine: 'Em resumo',
    wins: '{name} vence',
    disagree: 'Discorda da nossa escolha?',
    loading: 'A carregar a comparação…',
    error: 'Não foi possível mostrar esta comparação.',
    retry: 'Tentar novamente',
  },
  it: {
    pick: 'La nostra scelta',
    pros: 'Pro',
    cons: 'Contro',
    relatedTo: 'Argomenti correlati:',
    verdict: 'Il verdetto',
    bottomLine: 'In sintesi',
    wins: 'Vince {name}',
    disagree: 'Non sei d’accordo con la nostra scelta?',
    loading: 'Caricamento del confronto…',
    error: 'Impossibile mostrare questo confronto.',
    retry: 'Riprova',
  },
  nl: {
    pick: 'Onze keuze',
    pros: 'Voordelen',
    cons: 'Nadelen',
    relatedTo: 'Gerelateerd aan:',
    verdict: 'Ons oordeel',
    bottomLine: 'Kortom',
    wins: '{name} wint',
    disagree: 'Niet eens met onze keuze?',
    loading: 'Vergelijking wordt geladen…',
    error: 'Deze vergelijking kan niet worden weergegeven.',
    retry: 'Opnieuw proberen',
  },
  pl: {
    pick: 'Nasz wybór',
    pros: 'Zalety',
    cons: 'Wady',
    relatedTo: 'Powiązane tematy:',
    verdict: 'Werdykt',
    bottomLine: 'Podsumowanie',
    wins: 'Wygrywa {name}',
    disagree: 'Nie zgadzasz się z naszym wyborem?',
    loading: 'Wczytywanie porównania…',
    error: 'Nie udało się wyświetlić tego porównania.',
    retry: 'Spróbuj ponownie',
  },
  ja: {
    pick: 'おすすめ',
    pros: 'メリット',
    cons: 'デメリット',
    relatedTo: '関連：',
    verdict: '総評',
    bottomLine: '結論',
    wins: '{name}の勝ち',
    disagree: 'この選択に異論がありますか？',
    loading: '比較を読み込み中…',
    error: 'この比較を表示できませんでした。',
    retry: '再試行',
  },
  'zh-Hans': {
    pick: '我们的推荐',
    pros: '优点',
    cons: '缺点',
    relatedTo: '相关：',
    verdict: '结论',
    bottomLine: '一句话总结',
    wins: '{name}胜出',
    disagree: '不同意我们的选择？',
    loading: '正在加载对比…',
    error: '无法显示此对比。',
    retry: '重试',
  },
  ko: {
    pick: '추천',
    pros: '장점',
    cons: '단점',
    relatedTo: '관련 주제:',
    verdict: '총평',
    bottomLine: '결론',
    wins: '{name}의 승리',
    disagree: '저희 선택에 동의하지 않으시나요?',
    loading: '비교를 불러오는 중…',
    error: '이 비교를 표시할 수 없습니다.',
    retry: '다시 시도',
  },
  // the first six as in fixtures/example-arabic.json
  ar: {
    pick: 'اختيارنا',
    pros: 'المزايا',
    cons: 'العيوب',
    relatedTo: 'ذو صلة:',
    verdict: 'الحكم',
    bottomLine: 'الخلاصة',
    wins: 'الفائز: {name}',
    disagree: 'لا تتفق مع اختيارنا؟',
    loading: 'جارٍ تحميل المقارنة…',
    error: 'تعذّر عرض هذه المقارنة.',
    retry: 'إعادة المحاولة',
  },
  tr: {
    pick: 'Seçimimiz',
    pros: 'Artılar',
    cons: 'Eksiler',
    relatedTo: 'İlgili konular:',
    verdict: 'Karar',
    bottomLine: 'Özetle',
    wins: 'Kazanan: {name}',
    disagree: 'Seçimimize katılmıyor musunuz?',
    loading: 'Karşılaştırma yükleniyor…',
    error: 'Bu karşılaştırma gösterilemedi.',
    retry: 'Tekrar dene',
  },
  ru: {
    pick: 'Наш выбор',
    pros: 'Плюсы',
    cons: 'Минусы',
    relatedTo: 'По теме:',
    verdict: 'Вердикт',
    bottomLine: 'Итог',
    wins: 'Побеждает {name}',
    disagree: 'Не согласны с нашим выбором?',
    loading: 'Загрузка сравнения…',
    error: 'Не удалось показать это сравнение.',
    retry: 'Попробовать снова',
  },
  uk: {
    pick: 'Наш вибір',
    pros: 'Переваги',
    cons: 'Недоліки',
    relatedTo: 'Пов’язані теми:',
    verdict: 'Вердикт',
    bottomLine: 'Підсумок',
    wins: 'Перемагає {name}',
    disagree: 'Не згодні з нашим вибором?',
    loading: 'Завантаження порівняння…',
    error: 'Не вдалося показати це порівняння.',
    retry: 'Спробувати знову',
  },
  sv: {
    pick: 'Vårt val',
    pros: 'Fördelar',
    cons: 'Nackdelar',
    relatedTo: 'Relaterade ämnen:',
    verdict: 'Vårt omdöme',
    bottomLine: 'Kort sagt',
    wins: '{name} vinner',
    disagree: 'Håller du inte med om vårt val?',
    loading: 'Laddar jämförelsen…',
    error: 'Jämförelsen kunde inte visas.',
    retry: 'Försök igen',
  },
};

/** The languages of `translations`, in that order, each named in itself: for a language picker. */
export const languages: readonly Language[] = [
  { tag: 'en', name: 'English', dir: 'ltr' },
  { tag: 'fr', name: 'Français', dir: 'ltr' },
  { tag: 'de', name: 'Deutsch', dir: 'ltr' },
  { tag: 'es', name: 'Español', dir: 'ltr' },
  { tag: 'pt-BR', name: 'Português (Brasil)', dir: 'ltr' },
  { tag: 'pt-PT', name: 'Português (Portugal)', dir: 'ltr' },
  { tag: 'it', name: 'Italiano', dir: 'ltr' },
  { tag: 'nl', name: 'Nederlands', dir: 'ltr' },
  { tag: 'pl', name: 'Polski', dir: 'ltr' },
  { tag: 'ja', name: '日本語', dir: 'ltr' },
  { tag: 'zh-Hans', name: '简体中文', dir: 'ltr' },
  { tag: 'ko', name: '한국어', dir: 'ltr' },
  { tag: 'ar', name: 'العربية', dir: 'rtl' },
  { tag: 'tr', name: 'Türkçe', dir: 'ltr' },
  { tag: 'ru', name: 'Русский', dir: 'ltr' },
  { tag: 'uk', name: 'Українська', dir: 'ltr' },
  { tag: 'sv', name: 'Svenska', dir: 'ltr' },
];

/**
 * The card's words for a BCP 47 language tag (a comparison's `lang`, `navigator.language`…),
 * or undefined when there are none for it (or the tag is not one). Case does not matter, and a
 * region or script falls back to the language: "fr-CA" and "FR" get "fr". Portuguese: Brazil
 * ("pt", "pt-BR") gets "pt-BR", any other region ("pt-PT", "pt-AO"…) the European "pt-PT".
 * Chinese: the Simplified script ("zh", "zh-CN", "zh-SG", "zh-Hans") gets "zh-Hans"; the
 * Traditional one ("zh-TW", "zh-HK", "zh-Hant") none, as there is no translation for it yet.
 */
export function labelsFor(lang: string): Translation | undefined {
  let locale: Intl.Locale;
  try {
    // likely subtags fill in what the tag leaves out: "pt" is pt-Latn-BR, "zh-TW" zh-Hant-TW
    locale = new Intl.Locale(String(lang).trim().replace(/_/g, '-')).maximize();
  } catch {
    return undefined;
  }
  const { language, script, region } = locale;
  const found =
    language === 'pt'
      ? translations[region === 'BR' ? 'pt-BR' : 'pt-PT']
      : language === 'zh'
        ? script === 'Hans'
          ? translations['zh-Hans']
          : undefined
        : Object.hasOwn(translations, language)
          ? translations[language]
          : undefined;
  return found && { ...found };
}
