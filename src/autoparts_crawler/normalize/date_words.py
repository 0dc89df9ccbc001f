"""Words the date normalizer reads, as data: month and weekday names per language, zone names,
publish/update labels, and the day/month order each language writes numeric dates in.

Adding a language is adding rows here. Rules derived from these tables (never from a site):

* English, German, French and Spanish month words are read on every page; the month words of
  the other languages only on a page that declares its language (``lang``): a word may mean
  different months in two languages (``listopada``: November in Polish, October in Croatian) or
  be an everyday word elsewhere (``out``, ``set``, ``ago``, ``mart``).
* A zone name after a clock is the offset it names on that date: fixed names (``CET``, ``EDT``)
  one offset, regional names (``ET``, ``PT``) their zone's standard or daylight offset.
* A numeric date with the year last (``05/06/2025``) is read in the order the page's declared
  language writes it, only where that order is fixed (``pt``, ``vi``, ``en-GB``: day first;
  ``en-US``: month first); plain ``en`` has no order.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

#: Full month names, inflected forms included (Polish/Russian/Czech genitives), per language.
MONTH_NAMES: dict[str, dict[str, int]] = {
    "en": {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
           "august": 8, "september": 9, "october": 10, "november": 11, "december": 12},
    "de": {"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "april": 4, "mai": 5, "juni": 6,
           "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12},
    "fr": {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
           "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
           "décembre": 12, "decembre": 12},
    "es": {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
           "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12},
    "it": {"gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
           "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12},
    "pt": {"janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "abril": 4, "maio": 5, "junho": 6,
           "julho": 7, "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12},
    "nl": {"januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
           "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12},
    "sv": {"januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
           "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12},
    "pl": {"styczeń": 1, "stycznia": 1, "luty": 2, "lutego": 2, "marzec": 3, "marca": 3, "kwiecień": 4,
           "kwietnia": 4, "maj": 5, "maja": 5, "czerwiec": 6, "czerwca": 6, "lipiec": 7, "lipca": 7,
           "sierpień": 8, "sierpnia": 8, "wrzesień": 9, "września": 9, "październik": 10,
           "października": 10, "listopad": 11, "listopada": 11, "grudzień": 12, "grudnia": 12},
    "cs": {"leden": 1, "ledna": 1, "únor": 2, "února": 2, "březen": 3, "března": 3, "duben": 4, "dubna": 4,
           "květen": 5, "května": 5, "červen": 6, "června": 6, "červenec": 7, "července": 7, "srpen": 8,
           "srpna": 8, "září": 9, "říjen": 10, "října": 10, "listopad": 11, "listopadu": 11,
           "prosinec": 12, "prosince": 12},
    "hr": {"siječanj": 1, "siječnja": 1, "veljača": 2, "veljače": 2, "ožujak": 3, "ožujka": 3,
           "travanj": 4, "travnja": 4, "svibanj": 5, "svibnja": 5, "lipanj": 6, "lipnja": 6, "srpanj": 7,
           "srpnja": 7, "kolovoz": 8, "kolovoza": 8, "rujan": 9, "rujna": 9, "listopad": 10,
           "listopada": 10, "studeni": 11, "studenoga": 11, "prosinac": 12, "prosinca": 12},
    # Baltic: Latvian (nominative, locative -ī), Lithuanian (genitive, as dates print it), Estonian
    "lv": {"janvāris": 1, "janvārī": 1, "februāris": 2, "februārī": 2, "marts": 3, "martā": 3, "aprīlis": 4,
           "aprīlī": 4, "maijs": 5, "maijā": 5, "jūnijs": 6, "jūnijā": 6, "jūlijs": 7, "jūlijā": 7, "augusts": 8,
           "augustā": 8, "septembris": 9, "septembrī": 9, "oktobris": 10, "oktobrī": 10, "novembris": 11,
           "novembrī": 11, "decembris": 12, "decembrī": 12},
    "lt": {"sausio": 1, "vasario": 2, "kovo": 3, "balandžio": 4, "gegužės": 5, "birželio": 6, "liepos": 7,
           "rugpjūčio": 8, "rugsėjo": 9, "spalio": 10, "lapkričio": 11, "gruodžio": 12},
    "et": {"jaanuar": 1, "veebruar": 2, "märts": 3, "aprill": 4, "mai": 5, "juuni": 6, "juuli": 7, "august": 8,
           "september": 9, "oktoober": 10, "november": 11, "detsember": 12},
    "tr": {"ocak": 1, "şubat": 2, "subat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "mayis": 5, "haziran": 6,
           "temmuz": 7, "ağustos": 8, "agustos": 8, "eylül": 9, "eylul": 9, "ekim": 10, "kasım": 11,
           "kasim": 11, "aralık": 12, "aralik": 12},
    "ru": {"январь": 1, "января": 1, "февраль": 2, "февраля": 2, "март": 3, "марта": 3, "апрель": 4,
           "апреля": 4, "май": 5, "мая": 5, "июнь": 6, "июня": 6, "июль": 7, "июля": 7, "август": 8,
           "августа": 8, "сентябрь": 9, "сентября": 9, "октябрь": 10, "октября": 10, "ноябрь": 11,
           "ноября": 11, "декабрь": 12, "декабря": 12},
    "uk": {"січень": 1, "січня": 1, "лютий": 2, "лютого": 2, "березень": 3, "березня": 3, "квітень": 4,
           "квітня": 4, "травень": 5, "травня": 5, "червень": 6, "червня": 6, "липень": 7, "липня": 7,
           "серпень": 8, "серпня": 8, "вересень": 9, "вересня": 9, "жовтень": 10, "жовтня": 10,
           "листопад": 11, "листопада": 11, "грудень": 12, "грудня": 12},
    "id": {"januari": 1, "februari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
           "agustus": 8, "september": 9, "oktober": 10, "november": 11, "desember": 12},
    # Arabic: the Egyptian/Gulf names and the Levantine/Iraqi ones
    "ar": {"يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6,
           "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10,
           "نوفمبر": 11, "ديسمبر": 12, "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5,
           "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12},
}  # fmt: skip

#: Short month forms read on every page (English, German, French, Spanish, as before).
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12, "mrz": 3, "okt": 10, "dez": 12,
}  # fmt: skip

#: Short month forms read only on a page in that language (many are everyday words elsewhere).
MONTH_ABBREVIATIONS_BY_LANG: dict[str, dict[str, int]] = {
    "fr": {"janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "déc": 12},
    "es": {"ene": 1, "abr": 4, "ago": 8, "dic": 12},
    "it": {"gen": 1, "mag": 5, "giu": 6, "lug": 7, "ago": 8, "set": 9, "ott": 10, "dic": 12},
    "pt": {"fev": 2, "abr": 4, "mai": 5, "ago": 8, "set": 9, "out": 10, "dez": 12},
    "nl": {"mrt": 3, "mei": 5, "okt": 10},
    "ru": {"янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9,
           "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12},
    "tr": {"oca": 1, "şub": 2, "nis": 4, "haz": 6, "tem": 7, "ağu": 8, "eyl": 9, "eki": 10, "kas": 11,
           "ara": 12},
}  # fmt: skip


#: Languages whose month words are read on every page (the contract's English, German, French,
#: Spanish); the others only on a page that declares its language.
GLOBAL_MONTH_LANGS: tuple[str, ...] = ("en", "de", "fr", "es")


def _global_months() -> dict[str, int]:
    """Month words of the global languages; none of them means two months."""
    out: dict[str, int] = {}
    for lang in GLOBAL_MONTH_LANGS:
        for word, month in MONTH_NAMES[lang].items():
            assert out.setdefault(word, month) == month, word
    out.update(MONTH_ABBREVIATIONS)
    return out


#: Month words read on any page (see the module docstring).
MONTH_WORDS: dict[str, int] = _global_months()


#: Languages whose month words are never taken from the date parser's locale data: Chinese,
#: Japanese and Korean dates are numerals with 年/月/日 (年月日 rules of :mod:`.dates`).
NO_LOCALE_MONTHS: frozenset[str] = frozenset({"zh", "ja", "ko"})
#: The shortest month word taken from the parser's locale data (its two-letter forms are
#: everyday words).
LOCALE_MONTH_MIN_CHARS = 3
_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")


@lru_cache(maxsize=64)
def locale_month_words(lang: str) -> dict[str, int]:
    """Month words of a language these tables do not list (Belarusian, West Frisian, Maltese…),
    from ``dateparser``'s locale data for it: its full names and abbreviations, lower-cased, of
    letters only, a word that names two months dropped. Empty for an unknown language. Cached per
    language: the data are constant, and every date of a page in that language asks again."""
    data = _locale_info(lang)
    out: dict[str, int] = {}
    clash: set[str] = set()
    for month, key in enumerate(_MONTH_KEYS, 1):
        for word in data.get(key, ()):
            word = word.lower().rstrip(".")
            if len(word) < LOCALE_MONTH_MIN_CHARS or not all(
                    unicodedata.category(ch)[0] in "LM" or ch == " " for ch in word):
                continue
            if out.setdefault(word, month) != month:
                clash.add(word)
    return {w: m for w, m in out.items() if w not in clash}


def _locale_info(lang: str) -> dict:
    """``dateparser``'s locale data for ``lang`` (empty for an unknown or a CJK language)."""
    if lang in NO_LOCALE_MONTHS or not lang.isalpha():
        return {}
    try:
        return importlib.import_module(f"dateparser.data.date_translation_data.{lang}").info
    except ImportError:
        return {}


@lru_cache(maxsize=64)
def locale_meridiem_re(lang: str) -> re.Pattern[str] | None:
    """A clock followed by the a.m./p.m. word of a language these tables do not list, from the
    parser's locale data (``2:05 μ.μ.``, ``2:05 अपराह्न``, ``2:05 ptg``, ``2:05 e pasdites``; dots
    and spaces inside the word allowed): group 1 the clock, group ``pm`` set for p.m. ``None`` when
    the language has no such words. Cached per language (constant data, asked for every date)."""
    info = _locale_info(lang)
    alts = []
    for half in ("am", "pm"):
        for word in info.get(half, ()):
            word = word.lower().replace(".", "")
            if not word:
                continue
            body = r"\.?\s?".join(r"\s" if ch == " " else re.escape(ch) for ch in word)
            alts.append((len(word), f"(?P<{half}{len(alts)}>{body})"))
    if not alts:
        return None
    words = "|".join(a for _, a in sorted(alts, reverse=True))
    return re.compile(r"(?<![\d:])((?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?)\s*(?:" + words + r")\.?(?!\w)",
                      re.IGNORECASE)


@lru_cache(maxsize=64)
def locale_weekday_words(lang: str) -> frozenset[str]:
    """Weekday names of a language from the parser's locale data (three letters or more,
    lower-cased): a date named by its weekday is no relative date (``Sonntag, 14:05 Uhr``)."""
    info = _locale_info(lang)
    days = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    return frozenset(w.lower().rstrip(".") for d in days for w in info.get(d, ()) if len(w.rstrip(".")) >= 3)


@lru_cache(maxsize=64)
def locale_relative_words(lang: str) -> tuple[str, ...]:
    """Words of a relative date in a language, from the parser's locale data: its "ago" words,
    its named relative days (``gestern``, ``вчера``) and its units (hour, day, week...), lower-cased,
    two letters or more. A text holding none of them is no relative date (a bare clock, ``14:05 Uhr``)."""
    info = _locale_info(lang)
    words = [*info.get("ago", ())]
    for names in (info.get("relative-type") or {}).values():
        words += names
    for unit in ("second", "minute", "hour", "day", "week", "month", "year"):
        words += info.get(unit, ())
    return tuple(sorted({w.lower() for w in words if len(w) >= 2 and not any(ch.isdigit() for ch in w)}))


def locale_language(lang: str | None) -> bool:
    """Whether the parser has locale data for ``lang`` (a primary subtag, not zh/ja/ko/en)."""
    return bool(lang) and lang != "en" and bool(_locale_info(lang))


@lru_cache(maxsize=64)
def month_words(lang: str | None) -> dict[str, int]:
    """Month words read on a page in ``lang`` (a primary language subtag such as ``pt``): the
    global ones, that language's from the parser's locale data (its abbreviations too: ``paź``,
    ``říj``, ``жовт``), and this module's tables for it over both. Cached per language (read-only)."""
    if not lang:
        return MONTH_WORDS
    extra = locale_month_words(lang)
    if not extra and lang not in MONTH_NAMES and lang not in MONTH_ABBREVIATIONS_BY_LANG:
        return MONTH_WORDS
    return {**MONTH_WORDS, **extra, **MONTH_NAMES.get(lang, {}), **MONTH_ABBREVIATIONS_BY_LANG.get(lang, {})}


#: What glued right after a year-less ``M/D`` or ``M-D`` makes it a fraction, a ratio or a range,
#: not a date: a unit letter (``12/24V``, ``3/4A``), a measure word (``1/2英寸``, ``5/7座``), a month
#: word (``10-12月``: October to December), a count word (``1/3倍``).
NOT_DATE_AFTER_MONTH_DAY: tuple[str, ...] = (
    "英寸", "寸", "吋", "座", "月", "期", "页", "頁", "版", "倍", "折", "成", "档", "檔", "速", "门", "門", "缸",
)
#: Labels whose value is a fraction or a score, never a date (``比例：1/2``, ``比分 3-1``).
FRACTION_LABELS: tuple[str, ...] = ("比例", "比分", "占比", "比率", "比值", "得分", "分数", "分數", "比重")

#: Words naming a day by its distance from the fetch day (0 today, 1 yesterday, 2 the day before;
#: negative: a future day, which gives no date) in the languages whose pages print them with a
#: clock (``Сьогодні, 06:12``, ``Gestern, 14:30``, ``Hoy 09:12``). They are read only on a page in
#: that language and only followed by a time: alone they are ordinary words (German ``hier``,
#: ``morgen``). Chinese and English day words are read everywhere (:mod:`.dates` patterns).
RELATIVE_DAY_WORDS: dict[str, dict[str, int]] = {
    "de": {"heute": 0, "gestern": 1, "vorgestern": 2, "morgen": -1},
    "fr": {"aujourd'hui": 0, "aujourd\u2019hui": 0, "hier": 1, "avant-hier": 2, "demain": -1},
    "es": {"hoy": 0, "ayer": 1, "anteayer": 2, "antier": 2, "mañana": -1},
    "pt": {"hoje": 0, "ontem": 1, "anteontem": 2, "amanhã": -1},
    "it": {"oggi": 0, "ieri": 1, "l'altro ieri": 2, "domani": -1},
    "nl": {"vandaag": 0, "gisteren": 1, "eergisteren": 2, "morgen": -1},
    "sv": {"idag": 0, "i dag": 0, "igår": 1, "i går": 1, "i förrgår": 2, "imorgon": -1, "i morgon": -1},
    "da": {"i dag": 0, "i går": 1, "i forgårs": 2, "i morgen": -1},
    "nb": {"i dag": 0, "i går": 1, "i forgårs": 2, "i morgen": -1},
    "no": {"i dag": 0, "i går": 1, "i forgårs": 2, "i morgen": -1},
    "pl": {"dzisiaj": 0, "dziś": 0, "wczoraj": 1, "przedwczoraj": 2, "jutro": -1},
    "cs": {"dnes": 0, "včera": 1, "předevčírem": 2, "zítra": -1},
    "ru": {"сегодня": 0, "вчера": 1, "позавчера": 2, "завтра": -1},
    "uk": {"сьогодні": 0, "вчора": 1, "учора": 1, "позавчора": 2, "завтра": -1},
    "tr": {"bugün": 0, "dün": 1, "yarın": -1},
    "ja": {"今日": 0, "昨日": 1, "一昨日": 2, "明日": -1},
    "ko": {"오늘": 0, "어제": 1, "그저께": 2, "그제": 2, "내일": -1},
    "vi": {"hôm nay": 0, "hôm qua": 1, "hôm kia": 2, "ngày mai": -1},
    "id": {"hari ini": 0, "kemarin": 1, "besok": -1},
}  # fmt: skip


#: "N units ago" in the languages whose pages print it (``vor 2 Stunden``, ``il y a 3 jours``,
#: ``2 uur geleden``): per language the words around the count (before it, after the unit), the
#: unit words (-> the English unit the normalizer counts in) and the words that mean one
#: (``vor einer Stunde``). Read only on a page in that language; Japanese and Korean forms
#: (``3時間前``, ``3시간 전``) are in every page's patterns (their script is their own).
RELATIVE_AGO: dict[str, tuple[tuple[str, ...], tuple[str, ...], dict[str, str], tuple[str, ...]]] = {
    "de": (("vor",), (), {
        "sekunde": "second", "sekunden": "second", "sek.": "second", "minute": "minute", "minuten": "minute",
        "min.": "minute", "stunde": "hour", "stunden": "hour", "std.": "hour", "tag": "day", "tagen": "day",
        "woche": "week", "wochen": "week", "monat": "month", "monaten": "month", "jahr": "year", "jahren": "year"},
        ("ein", "einer", "einem", "eine")),
    "fr": (("il y a",), (), {
        "seconde": "second", "secondes": "second", "minute": "minute", "minutes": "minute", "min": "minute",
        "heure": "hour", "heures": "hour", "h": "hour", "jour": "day", "jours": "day", "semaine": "week",
        "semaines": "week", "mois": "month", "an": "year", "ans": "year", "année": "year", "années": "year"},
        ("un", "une")),
    "es": (("hace",), (), {
        "segundo": "second", "segundos": "second", "minuto": "minute", "minutos": "minute", "min": "minute",
        "hora": "hour", "horas": "hour", "h": "hour", "día": "day", "días": "day", "dia": "day", "dias": "day",
        "semana": "week", "semanas": "week", "mes": "month", "meses": "month", "año": "year", "años": "year"},
        ("un", "una")),
    "pt": (("há", "ha"), ("atrás",), {
        "segundo": "second", "segundos": "second", "minuto": "minute", "minutos": "minute", "min": "minute",
        "hora": "hour", "horas": "hour", "h": "hour", "dia": "day", "dias": "day", "semana": "week",
        "semanas": "week", "mês": "month", "meses": "month", "ano": "year", "anos": "year"},
        ("um", "uma")),
    "it": ((), ("fa",), {
        "secondo": "second", "secondi": "second", "minuto": "minute", "minuti": "minute", "ora": "hour",
        "ore": "hour", "giorno": "day", "giorni": "day", "settimana": "week", "settimane": "week",
        "mese": "month", "mesi": "month", "anno": "year", "anni": "year"},
        ("un", "una", "un'")),
    "nl": ((), ("geleden",), {
        "seconde": "second", "seconden": "second", "minuut": "minute", "minuten": "minute", "min": "minute",
        "uur": "hour", "dag": "day", "dagen": "day", "week": "week", "weken": "week", "maand": "month",
        "maanden": "month", "jaar": "year"},
        ("een",)),
    "pl": ((), ("temu",), {
        "sekundę": "second", "sekundy": "second", "sekund": "second", "minutę": "minute", "minuty": "minute",
        "minut": "minute", "godzinę": "hour", "godziny": "hour", "godzin": "hour", "dzień": "day", "dni": "day",
        "tydzień": "week", "tygodnie": "week", "tygodni": "week", "miesiąc": "month", "miesiące": "month",
        "miesięcy": "month", "rok": "year", "lata": "year", "lat": "year"},
        ()),
    "tr": ((), ("önce",), {
        "saniye": "second", "dakika": "minute", "dk": "minute", "saat": "hour", "gün": "day", "hafta": "week",
        "ay": "month", "yıl": "year", "sene": "year"},
        ("bir",)),
    "ru": ((), ("назад",), {
        "секунду": "second", "секунды": "second", "секунд": "second", "минуту": "minute", "минуты": "minute",
        "минут": "minute", "мин.": "minute", "час": "hour", "часа": "hour", "часов": "hour", "день": "day",
        "дня": "day", "дней": "day", "неделю": "week", "недели": "week", "недель": "week", "месяц": "month",
        "месяца": "month", "месяцев": "month", "год": "year", "года": "year", "лет": "year"},
        ()),
    "uk": ((), ("тому",), {
        "секунду": "second", "секунди": "second", "секунд": "second", "хвилину": "minute", "хвилини": "minute",
        "хвилин": "minute", "годину": "hour", "години": "hour", "годин": "hour", "день": "day", "дні": "day",
        "днів": "day", "тиждень": "week", "тижні": "week", "тижнів": "week", "місяць": "month",
        "місяці": "month", "місяців": "month", "рік": "year", "роки": "year", "років": "year"},
        ()),
    "id": ((), ("yang lalu", "lalu"), {
        "detik": "second", "menit": "minute", "jam": "hour", "hari": "day", "minggu": "week", "bulan": "month",
        "tahun": "year"},
        ("satu", "se")),
    "cs": (("před",), (), {
        "sekundou": "second", "sekundami": "second", "minutou": "minute", "minutami": "minute", "hodinou": "hour",
        "hodinami": "hour", "dnem": "day", "dny": "day", "týdnem": "week", "týdny": "week", "měsícem": "month",
        "měsíci": "month", "rokem": "year", "roky": "year", "lety": "year"},
        ("jednou", "jedním")),
    "sv": (("för",), ("sedan",), {
        "sekund": "second", "sekunder": "second", "minut": "minute", "minuter": "minute", "timme": "hour",
        "timmar": "hour", "dag": "day", "dagar": "day", "vecka": "week", "veckor": "week", "månad": "month",
        "månader": "month", "år": "year"},
        ("en", "ett")),
    "da": (("for",), ("siden",), {
        "sekund": "second", "sekunder": "second", "minut": "minute", "minutter": "minute", "time": "hour",
        "timer": "hour", "dag": "day", "dage": "day", "uge": "week", "uger": "week", "måned": "month",
        "måneder": "month", "år": "year"},
        ("en", "et")),
    "nb": (("for",), ("siden",), {
        "sekund": "second", "sekunder": "second", "minutt": "minute", "minutter": "minute", "time": "hour",
        "timer": "hour", "dag": "day", "dager": "day", "døgn": "day", "uke": "week", "uker": "week",
        "måned": "month", "måneder": "month", "år": "year"},
        ("en", "ett", "et")),
    "vi": ((), ("trước",), {
        "giây": "second", "phút": "minute", "giờ": "hour", "tiếng": "hour", "ngày": "day", "tuần": "week",
        "tháng": "month", "năm": "year"},
        ()),
}  # fmt: skip

RELATIVE_AGO["no"] = RELATIVE_AGO["nb"]
#: Languages whose "ago" frames the count with both words (Swedish ``för 2 timmar sedan``, Danish and Norwegian
#: ``for 2 timer siden``): one alone is another phrase (``för 2 timmar``: "for 2 hours"). In the others either
#: word alone serves (Portuguese ``há 2 dias``, ``2 dias atrás``).
RELATIVE_AGO_FRAMED: frozenset[str] = frozenset({"sv", "da", "nb", "no"})

#: Japanese and Korean "N units ago" unit words (``3時間前``, ``1か月前``, ``3시간 전``), and the words
#: meaning "just now" (``방금 전``), read on every page.
CJK_AGO_UNITS: dict[str, str] = {
    "秒": "second", "分": "minute", "時間": "hour", "日": "day", "週間": "week", "か月": "month", "ヶ月": "month",
    "カ月": "month", "ケ月": "month", "ヵ月": "month", "年": "year",
    "초": "second", "분": "minute", "시간": "hour", "일": "day", "주": "week", "개월": "month", "달": "month",
    "년": "year",
}  # fmt: skip
JUST_NOW_WORDS: tuple[str, ...] = ("방금 전", "방금", "たった今", "今さっき")

#: Chinese day-part words before a clock and what they make of a 12-hour clock: ``am`` (12 is
#: midnight), ``pm``, ``noon`` (中午1:15 is 13:15), ``late`` (深夜11:40 is 23:40, 深夜1:10 is 01:10),
#: ``midnight`` (午夜12:30 is 00:30).
DAY_PARTS: dict[str, str] = {
    "上午": "am", "早上": "am", "早晨": "am", "清晨": "am", "凌晨": "am",
    "下午": "pm", "晚上": "pm", "傍晚": "pm", "晚间": "pm", "晚間": "pm", "夜里": "pm", "夜間": "pm", "夜间": "pm",
    "中午": "noon", "深夜": "late", "午夜": "midnight",
}  # fmt: skip


def relative_ago(lang: str | None) -> tuple[tuple[str, ...], tuple[str, ...], dict[str, str], tuple[str, ...]] | None:
    """The "N units ago" words of a page in ``lang`` (None for languages without them)."""
    return RELATIVE_AGO.get(lang or "")


def relative_day_words(lang: str | None) -> dict[str, int]:
    """The day words of a page in ``lang`` (empty for other languages)."""
    return RELATIVE_DAY_WORDS.get(lang or "", {})


#: Weekday names (0 = Monday), used to settle a numeric date's day/month order
#: (``Tue, 03/11/2025`` is March 11: 3 November 2025 is a Monday).
WEEKDAY_NAMES: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
    "星期一": 0, "星期二": 1, "星期三": 2, "星期四": 3, "星期五": 4, "星期六": 5, "星期日": 6, "星期天": 6,
    "周一": 0, "周二": 1, "周三": 2, "周四": 3, "周五": 4, "周六": 5, "周日": 6,
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonntag": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "domingo": 6,
    "segunda-feira": 0, "terça-feira": 1, "quarta-feira": 2, "quinta-feira": 3, "sexta-feira": 4,
    "lunedì": 0, "martedì": 1, "mercoledì": 2, "giovedì": 3, "venerdì": 4, "sabato": 5, "domenica": 6,
    "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5, "zondag": 6,
    "pazartesi": 0, "salı": 1, "çarşamba": 2, "perşembe": 3, "cuma": 4, "cumartesi": 5, "pazar": 6,
    "понедельник": 0, "вторник": 1, "среда": 2, "четверг": 3, "пятница": 4, "суббота": 5, "воскресенье": 6,
}  # fmt: skip

#: Zone names read after a clock time (``09:35 CEST``, ``9:12 a.m. ET``): a fixed offset, or an
#: IANA zone whose standard/daylight offset on that date applies. Ambiguous names (CST: China or US
#: Central; IST: India, Ireland or Israel) are in :data:`AMBIGUOUS_ZONE_NAMES` instead. The US names
#: of RFC 822/2822 (``UT``, ``EST`` ... ``PDT``) are the fixed offsets they name, whatever the date
#: (``EST`` in July is still -05:00, ``CDT`` -05:00).
ZONE_NAMES: dict[str, str] = {
    "UT": "+00:00", "CET": "+01:00", "CEST": "+02:00", "MEZ": "+01:00", "MESZ": "+02:00", "EET": "+02:00",
    "EEST": "+03:00", "WET": "+00:00", "WEST": "+01:00", "BST": "+01:00", "MSK": "+03:00",
    "EST": "-05:00", "EDT": "-04:00", "CDT": "-05:00", "MST": "-07:00", "MDT": "-06:00", "PST": "-08:00",
    "PDT": "-07:00",
    "AKST": "-09:00", "AKDT": "-08:00", "HST": "-10:00", "ART": "-03:00", "COT": "-05:00", "PET": "-05:00",
    "MYT": "+08:00", "WITA": "+08:00", "WIT": "+09:00", "PKT": "+05:00", "GST": "+04:00", "KSA": "+03:00",
    "EAT": "+03:00", "WAT": "+01:00", "CAT": "+02:00",
    "JST": "+09:00", "KST": "+09:00", "HKT": "+08:00", "SGT": "+08:00", "PHT": "+08:00", "WIB": "+07:00",
    "ICT": "+07:00", "AEST": "+10:00", "AEDT": "+11:00", "ACST": "+09:30", "ACDT": "+10:30",
    "AWST": "+08:00", "NZST": "+12:00", "NZDT": "+13:00", "SAST": "+02:00", "BRT": "-03:00",
    # regional names: the zone's offset on the date (ET in December is -05:00, in June -04:00)
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles",
    "AET": "Australia/Sydney",
}  # fmt: skip

#: Chinese words naming a zone (``美国东部时间``: US Eastern time; ``格林尼治时间``: GMT), printed before the date
#: or after the clock: the clock is that zone's time, as after a zone name. ``当地时间`` (local time) names none.
ZONE_WORDS: dict[str, str] = {
    **dict.fromkeys(("北京时间", "北京時間"), "Asia/Shanghai"),
    **dict.fromkeys(("美国东部时间", "美國東部時間", "美东时间", "美東時間"), "America/New_York"),
    **dict.fromkeys(("美国中部时间", "美國中部時間"), "America/Chicago"),
    **dict.fromkeys(("美国山地时间", "美國山地時間"), "America/Denver"),
    **dict.fromkeys(("美国西部时间", "美國西部時間", "美西时间", "美西時間", "美国太平洋时间", "美國太平洋時間", "太平洋时间",
                     "太平洋時間"), "America/Los_Angeles"),
    **dict.fromkeys(("格林尼治时间", "格林尼治時間", "格林威治时间", "格林威治時間", "格林尼治标准时间", "格林尼治標準時間",
                     "格林威治标准时间", "格林威治標準時間", "世界标准时间", "世界標準時間", "协调世界时间", "協調世界時間"), "+00:00"),
    **dict.fromkeys(("东京时间", "東京時間", "日本时间", "日本時間"), "Asia/Tokyo"),
    **dict.fromkeys(("首尔时间", "首爾時間", "韩国时间", "韓國時間"), "Asia/Seoul"),
    **dict.fromkeys(("香港时间", "香港時間"), "Asia/Hong_Kong"),
    **dict.fromkeys(("台北时间", "台北時間", "台湾时间", "台灣時間"), "Asia/Taipei"),
    **dict.fromkeys(("新加坡时间", "新加坡時間"), "Asia/Singapore"),
    **dict.fromkeys(("伦敦时间", "倫敦時間", "英国时间", "英國時間"), "Europe/London"),
    **dict.fromkeys(("巴黎时间", "巴黎時間", "法国时间", "法國時間"), "Europe/Paris"),
    **dict.fromkeys(("柏林时间", "柏林時間", "德国时间", "德國時間", "欧洲中部时间", "歐洲中部時間"), "Europe/Berlin"),
    **dict.fromkeys(("莫斯科时间", "莫斯科時間"), "Europe/Moscow"),
    **dict.fromkeys(("悉尼时间", "悉尼時間", "雪梨時間"), "Australia/Sydney"),
}  # fmt: skip

#: Zone names that stand for several offsets: the readings (``IST``: India, Israel, Ireland), the one a
#: page in a language means (``he`` -> Israel), and the one meant elsewhere (India's is by far the
#: most printed ``IST``; an English page's ``CST`` is US Central). A site whose own zone is one of
#: the readings keeps its own (a Chinese site's ``CST`` is China Standard Time, as Java prints it).
AMBIGUOUS_ZONE_NAMES: dict[str, tuple[tuple[str, ...], dict[str, str], str]] = {
    "IST": (("+05:30", "+02:00", "+01:00"), {"he": "+02:00", "ga": "+01:00"}, "+05:30"),
    "CST": (("+08:00", "-06:00"), {"zh": "+08:00"}, "-06:00"),
}

#: Clock words that place a naive time in one zone: ``09.12 Uhr`` is German-speaking Central
#: Europe (Germany, Austria, Switzerland all keep CET/CEST).
CLOCK_WORD_ZONES: dict[str, str] = {"uhr": "Europe/Berlin"}

#: Words printed between a date and its clock time (``6 février 2025 à 09h12``, ``um 9:12``), also
#: after a comma (``3 settembre 2026, ore 14:05``).
CLOCK_LINKERS: tuple[str, ...] = ("at", "à", "a las", "a la", "às", "as", "um", "alle ore", "alle", "ore", "om", "o",
                                  "в", "у", "saat", "kl.", "klo", "kello", "kell", "plkst.", "godz.", "v", "ve", "u")
#: Words between a clock printed first and its date (``14:05 on 5 May``, ``14h05 le 5 mai``, Vietnamese
#: ``14:05 ngày 15/12/2026``: "on the day").
CLOCK_DATE_LINKERS: tuple[str, ...] = ("on", "le", "el", "am", "il", "em", "du", "ngày")
#: Linking words that only ever introduce a clock ("o'clock", "hour"): a dotted number pair after one is a
#: time (Danish/Norwegian ``kl. 14.05``, Finnish ``klo 9.40``, Polish ``godz. 14.05``), never a day and month.
DOTTED_CLOCK_WORDS: tuple[str, ...] = ("kl.", "klo", "kello", "kell", "plkst.", "godz.", "ore", "alle ore", "saat")

#: Words between the two days of a span (``du 1er au 3 septembre``, ``del 1 al 3 de septiembre``,
#: ``1 bis 3. September``, ``from 1 to 3 September``, ``od 1 do 3 września``); a dash serves too.
RANGE_WORDS: tuple[str, ...] = ("au", "al", "a", "bis", "to", "till", "until", "tot", "do")

#: Labels of the publication date and of a later update, in the languages above.
PUBLISH_LABELS: tuple[str, ...] = (
    "发布", "發佈", "發布", "发表", "發表", "publish", "posted", "publié", "veröffentlicht",
    "publicado", "publicada", "pubblicato", "gepubliceerd", "opublikowano", "yayınlanma", "yayın tarihi",
    "опубликовано", "입력", "公開", "掲載", "配信", "diterbitkan", "dipublikasikan", "đăng lúc", "đăng ngày",
    "xuất bản", "نشر", "publikováno", "zveřejněno", "publikované", "publicerad", "publiceret", "julkaistu",
)
UPDATE_LABELS: tuple[str, ...] = (
    "更新", "修改", "update", "modified", "edited", "mis à jour", "mise à jour", "modifié", "aktualisiert",
    "geändert", "actualizado", "actualizada", "atualizado", "atualizada", "aggiornato", "modifica",
    "bijgewerkt", "zaktualizowano", "aktualizacja", "güncelleme", "güncellenme", "обновлено", "изменено",
    "수정", "업데이트", "diperbarui", "dikemaskini", "cập nhật", "تحديث", "aktualizováno", "upraveno",
    "aktualizované", "uppdaterad", "opdateret", "päivitetty", "actualitzat", "actualitzada", "eguneratua",
    "eguneratuta", "diweddarwyd", "oppdatert", "ažurirano", "posodobljeno", "actualizat", "frissítve",
    "atnaujinta", "atjaunināts", "uuendatud", "обновено", "ажурирано", "оновлено",
)

#: Day/month order of numeric dates with the year last, by declared language (``lang``): a
#: language+region entry first (``en-us``), then the language. Absent: no fixed order.
LANG_DATE_ORDER: dict[str, str] = {
    "en-us": "MDY", "en-gb": "DMY", "en-au": "DMY", "en-nz": "DMY", "en-ie": "DMY", "en-in": "DMY",
    "en-za": "DMY", "en-sg": "DMY",
    "de": "DMY", "fr": "DMY", "es": "DMY", "it": "DMY", "pt": "DMY", "nl": "DMY", "pl": "DMY",
    "cs": "DMY", "hr": "DMY", "ru": "DMY", "uk": "DMY", "tr": "DMY", "vi": "DMY", "id": "DMY",
    "el": "DMY", "ro": "DMY", "da": "DMY", "nb": "DMY", "no": "DMY", "fi": "DMY",
}  # fmt: skip
#: Regions whose numeric dates are written in mixed orders (Canada): no order from the language.
LANG_NO_ORDER: frozenset[str] = frozenset({"en-ca", "fr-ca", "es-us"})


def lang_date_order(lang: str | None) -> str | None:
    """``DMY``/``MDY`` for a declared page language (``pt-BR``, ``en_US``), else ``None``."""
    if not lang:
        return None
    tag = lang.strip().lower().replace("_", "-")
    parts = tag.split("-")
    full = "-".join(parts[:2])
    if full in LANG_NO_ORDER:
        return None
    return LANG_DATE_ORDER.get(full) or LANG_DATE_ORDER.get(parts[0])


#: Languages spoken in countries that all keep one zone rule: a page in one of them that states no
#: offset is in that zone (a German page's naive 09:12 is Central European time, in Germany,
#: Austria and Switzerland alike). Languages spread over zones (en, es, pt, fr, ru, ar, id, nl, ms,
#: bn...) are absent: only a region (:data:`REGION_ZONES`) places them.
LANGUAGE_ZONES: dict[str, str] = {
    "de": "Europe/Berlin", "it": "Europe/Rome", "pl": "Europe/Warsaw", "cs": "Europe/Prague",
    "sk": "Europe/Bratislava", "hu": "Europe/Budapest", "da": "Europe/Copenhagen", "sv": "Europe/Stockholm",
    "nb": "Europe/Oslo", "nn": "Europe/Oslo", "no": "Europe/Oslo", "hr": "Europe/Zagreb", "sl": "Europe/Ljubljana",
    "sr": "Europe/Belgrade", "bs": "Europe/Sarajevo", "mk": "Europe/Skopje", "sq": "Europe/Tirane",
    "ro": "Europe/Bucharest", "bg": "Europe/Sofia", "el": "Europe/Athens", "fi": "Europe/Helsinki",
    "et": "Europe/Tallinn", "lv": "Europe/Riga", "lt": "Europe/Vilnius", "uk": "Europe/Kyiv",
    "tr": "Europe/Istanbul", "he": "Asia/Jerusalem", "fa": "Asia/Tehran", "hi": "Asia/Kolkata",
    "ja": "Asia/Tokyo", "ko": "Asia/Seoul", "vi": "Asia/Ho_Chi_Minh", "th": "Asia/Bangkok",
    "km": "Asia/Phnom_Penh", "lo": "Asia/Vientiane", "my": "Asia/Yangon",
}  # fmt: skip
#: Language-region tags (lower case) whose region keeps one zone rule, for languages spread over
#: zones (and the regions of a listed language that keep another rule: Swedish in Finland).
REGION_ZONES: dict[str, str] = {
    "en-gb": "Europe/London", "en-ie": "Europe/Dublin", "en-in": "Asia/Kolkata", "en-sg": "Asia/Singapore",
    "en-ph": "Asia/Manila", "en-hk": "Asia/Hong_Kong", "en-za": "Africa/Johannesburg", "en-ng": "Africa/Lagos",
    "en-ke": "Africa/Nairobi", "en-pk": "Asia/Karachi", "fr-fr": "Europe/Paris", "fr-be": "Europe/Brussels",
    "fr-ch": "Europe/Zurich", "fr-lu": "Europe/Luxembourg", "nl-nl": "Europe/Amsterdam", "nl-be": "Europe/Brussels",
    "es-co": "America/Bogota", "es-pe": "America/Lima", "es-ar": "America/Argentina/Buenos_Aires",
    "es-ve": "America/Caracas", "es-uy": "America/Montevideo", "pt-pt": "Europe/Lisbon", "ms-my": "Asia/Kuala_Lumpur",
    "sv-fi": "Europe/Helsinki", "zh-tw": "Asia/Taipei", "zh-hk": "Asia/Hong_Kong", "ar-eg": "Africa/Cairo",
    "ar-sa": "Asia/Riyadh", "ar-ae": "Asia/Dubai", "ru-by": "Europe/Minsk",
}  # fmt: skip


def language_zone(lang: str | None) -> str | None:
    """The one zone of a declared page language (``de``, ``de-AT``) or of its region (``en-GB``),
    else ``None`` (a language spoken across zones, or none declared)."""
    if not lang:
        return None
    parts = lang.strip().lower().replace("_", "-").split("-")
    if len(parts) > 1 and (zone := REGION_ZONES.get(f"{parts[0]}-{parts[1]}")):
        return zone
    return LANGUAGE_ZONES.get(parts[0])


def primary_lang(lang: str | None) -> str | None:
    """The primary language subtag of a declared language (``pt-BR`` -> ``pt``), else ``None``."""
    if not lang:
        return None
    head = lang.strip().lower().replace("_", "-").split("-")[0]
    return head if head.isalpha() and 2 <= len(head) <= 3 else None


def words_pattern(words: Iterable[str]) -> str:
    """One regular expression (no groups) matching any of ``words``, longest first, written as a
    prefix tree (``ma(?:y|rch|rzo)``) so that a search fails fast at positions no word starts at."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word.lower():
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        optional = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if optional:  # a word ends here: the longer words first, then the end (greedy, longest first)
            return "(?:" + body + ")?" if len(branches) == 1 and len(body) > 1 else body + "?"
        return body

    return emit(trie)
