"""View/comment count normalizer: ``"1.13万"`` -> ``11300`` (approximate), ``"阅读(123)"`` -> ``123``.

Contract (also in ``docs/normalization.md``):

* Text becomes a non-negative integer plus an ``approx`` flag. Units: ``万/萬/w/W`` = 10^4,
  ``亿/億`` = 10^8, ``千/k/K`` = 10^3, ``M`` = 10^6, computed exactly with :class:`Decimal`
  (``1.13万`` = 11300, never 11299). ``approx`` is set for any unit-scaled value and for a
  trailing ``+`` (``10万+`` is a lower bound).
* Full-width digits and separators are accepted; grouping must be well formed
  (``1,234``; ``1,23`` is rejected as ``malformed``); thin/no-break spaces, the Swiss apostrophe
  and the Arabic ``٬`` between groups of three digits group like the comma (``1'234``).
* Labels around the number are ignored: ``阅读(123)``, ``浏览：456次``, ``1,234 views``,
  ``2.6万阅读``, ``评论 14``, ``点击:638 次``.
* Thousand and million words of other languages (``12 Tsd.``, ``1,8 тис.``, ``2,3 bin``, ``1.2 thousand``)
  scale like ``k``/``M``; billions (``3 Mrd.``) and lakh/crore are not read (``unknown_unit``).
* A statement that there is none yet (``暂无评论``, ``暂无点赞``, ``No comments yet``, ``Aucun commentaire``,
  ``抢沙发``) is 0 (rule ``none_yet``); a count in Chinese numerals before its noun (``仅有一条评论``, ``十二条回复``) is
  that number (rule ``cn_numeral``), scaled by a unit like digits (``两万人浏览``, ``十万+``: approx).
* No value (``reason``) for: empty text (``empty``), placeholders ``--``, ``-``, ``暂无``
  (``placeholder``), negatives (``negative``), values beyond int64 (``too_large``), bare
  decimals without a unit (``bare_decimal``), a fractional result (``fractional``),
  percentages (``percentage``), prices with ``¥``, ``元``, ``$`` or another currency sign (``price``),
  dates and times (``date``), ranges such as ``10-20`` (``range``), two different counts in one text
  (``multiple_counts``), units that are not in
  the list or are stacked (``1.2千万``: ``unknown_unit``), and text without digits
  (``unparsed``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ._text import clean_text

__all__ = ["CountResult", "normalize_count"]

INT64_MAX = 2**63 - 1


@dataclass(frozen=True, slots=True)
class CountResult:
    """Outcome of :func:`normalize_count`.

    ``value`` is a non-negative int or ``None``; ``approx`` is true for unit-scaled and ``+``
    values; ``rule`` names the path (``plain``, ``grouped``, ``unit_wan``, ...); ``reason`` says
    why there is no value; ``raw`` is the input text, unchanged.
    """

    value: int | None
    approx: bool
    rule: str
    reason: str | None
    raw: str


_UNITS: dict[str, tuple[int, str]] = {
    "万": (10**4, "unit_wan"), "萬": (10**4, "unit_wan"), "w": (10**4, "unit_wan"), "W": (10**4, "unit_wan"),
    "亿": (10**8, "unit_yi"), "億": (10**8, "unit_yi"),
    "만": (10**4, "unit_wan"), "억": (10**8, "unit_yi"), "천": (10**3, "unit_k"),  # Korean (조회 1.2만, 3.4천)
    "千": (10**3, "unit_k"), "k": (10**3, "unit_k"), "K": (10**3, "unit_k"),
    "M": (10**6, "unit_m"),
}  # fmt: skip
#: Thousand and million in words (lower case, read case-insensitively, a dot after them allowed):
#: ``12 mil``, ``12 Tsd.``, ``15 тыс.``, ``1,8 тис.``, ``2,3 bin``, ``1,2 rb``, ``1.2 thousand``, ``3 milhões``.
UNIT_WORDS: dict[str, tuple[int, str]] = {
    **dict.fromkeys(("mil", "mila", "tsd", "тыс", "тис", "tys", "bin", "rb", "ribu", "thousand", "thousands",
                     "tis", "tisíc", "tisoč", "tūkst", "tūkstantis", "хил", "хиляди", "ezer", "mii", "χιλ", "χιλιάδες",
                     "nghìn", "ngàn", "duizend", "tusen", "tusind", "tuhatta", "tuh", "ming", "мың", "мин",
                     "हज़ार", "हजार", "হাজার", "هزار", "ہزار", "ألف", "آلاف", "அயிரம்", "ఆయిరం", "వేలు", "พัน", "libo", "elfu"),
                    (10**3, "unit_k")),
    **dict.fromkeys(("million", "millions", "millones", "millón", "milhões", "milhão", "mio", "mln", "млн",
                     "milyon", "juta", "jt", "triệu", "milion", "miliony", "milionů", "milioni", "milijon", "miljoen",
                     "miljoona", "миллион", "милиона", "εκατ", "मिलियन", "مليون", "میلیون", "ล้าน"), (10**6, "unit_m")),
}  # fmt: skip
_UNITS.update(UNIT_WORDS)
#: Scale words of units not read here -- billions (``3 Mrd.``, ``2 billion``, ``1,2 mil millones``) and the
#: Indian lakh/crore: the count is unknown, never the digits before the word.
UNREAD_SCALE_WORDS: tuple[str, ...] = (
    "lakh", "lakhs", "lac", "lacs", "crore", "crores", "arab", "mrd", "milliarde", "milliarden", "milliard",
    "milliards", "billion", "billions", "bn", "млрд", "mld", "miliar", "milyar", "mil millones", "bilhão", "bilhões",
    "billón", "billones", "tỷ",
)  # fmt: skip


def _words_alternation(words) -> str:
    """The words as one alternation, longest first (``milhões`` before ``mil``)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_TOKEN_RE = re.compile(
    r"(?:(?<![\d.,])(?P<sign>[-−]))?"
    r"(?P<num>\d[\d,.]*\d|\d)"
    r"(?: ?(?P<unit>[万萬亿億千만억천]|[wWkKM](?![A-Za-z\u00c0-\u024f])|(?i:" + _words_alternation(UNIT_WORDS)
    + r")(?![^\W\d_])\.?))?"
    r"(?P<extra> ?[十百千万萬亿億백천만억])?"
    r"(?P<plus> ?\+)?"
)
_GROUPED_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
#: A decimal comma before a scale word of a decimal-comma language (``2,5 mil``, ``1,2 Tsd.``,
#: ``1,2 тыс.``): one or two digits after the comma, so no thousands grouping. Not before 万 or k
#: (``1,5万`` is malformed: Chinese and English write a decimal point).
_DECIMAL_COMMA_RE = re.compile(r"\d+,\d{1,2}")
_UNREAD_SCALE_RE = re.compile(r"\d\s*(?:" + _words_alternation(UNREAD_SCALE_WORDS) + r")(?![^\W\d_])",
                              re.IGNORECASE)
#: A statement that there is none yet, or the invitation to be the first, in languages other than Chinese
#: (lower case; the text starts with one): zero.
NONE_YET_PHRASES: tuple[str, ...] = (
    "no comments", "no replies", "be the first to comment",
    "noch keine kommentare", "keine kommentare", "sei der erste", "seien sie der erste",
    "aucun commentaire", "pas encore de commentaire", "pas encore de commentaires", "soyez le premier", "sois le premier",
    "sin comentarios", "aún no hay comentarios", "no hay comentarios", "sé el primero", "se el primero",
    "nenhum comentário", "sem comentários", "seja o primeiro",
    "nessun commento", "ancora nessun commento", "sii il primo",
    "brak komentarzy", "bez komentarzy", "geen reacties", "geen reactie", "nog geen reacties", "нет комментариев",
    "комментариев нет", "пока нет комментариев", "немає коментарів", "няма коментари", "henüz yorum", "yorum yok",
    "inga kommentarer", "ingen kommentarer", "ei kommentteja", "žádné komentáře", "bez komentářů", "nincs hozzászólás",
    "nu există comentarii", "δεν υπάρχουν σχόλια", "κανένα σχόλιο", "chưa có bình luận", "belum ada komentar",
    "tidak ada komentar", "لا توجد تعليقات", "لا تعليقات", "אין תגובות", "कोई टिप्पणी नहीं", "टिप्पणी नहीं",
    "ยังไม่มีความคิดเห็น", "コメントはまだありません", "댓글이 없습니다",
)  # fmt: skip
#: A statement that there is none yet (a comment box's 暂无评论 / 还没有评论 / 暂无点赞 / No comments yet), or
#: the invitation to be the first (抢沙发, "grab the sofa"; be the first to comment): zero.
_NONE_YET_RE = re.compile(r"^(?:暂无|暫無|还没有|還沒有|尚无|目前没有|没有|暂时没有|暫時沒有)(?:人|网友|網友)?(?:任何)?(?:发表|發表)?"
                          r"(?:评论|評論|留言|回复|回覆|跟帖|点赞|點讚|點贊|赞|讚|收藏|转发|轉發|分享)"
                          r"|^(?:快来|快來|来|來)?(?:抢|搶)(?:沙发|沙發)"
                          r"|^(?:" + _words_alternation(NONE_YET_PHRASES) + r")(?![^\W\d_])", re.IGNORECASE)
#: Nouns a count in Chinese numerals stands before (十二条回复, 两万人浏览).
_CN_COUNT_NOUNS = ("评论", "評論", "留言", "回复", "回覆", "跟帖", "浏览", "瀏覽", "阅读", "閱讀", "点赞", "點讚", "點贊", "赞", "讚",
                   "播放", "观看", "觀看", "收藏", "转发", "轉發", "分享", "围观", "圍觀")
#: A count in Chinese numerals (仅有一条评论, 十二条回复, 两万人浏览, 十万+): up to 99, optionally scaled by a
#: unit (approx) and marked ``+``; a noun, a unit or ``+`` must say that it is a count.
_CN_NUMERAL_COUNT_RE = re.compile(r"^(?:仅有|僅有|已有|共有?|只有)?\s*(?P<n>[一二两兩三四五六七八九十]{1,3})\s*(?P<unit>[万萬亿億千])?"
                                  r"\s*(?P<plus>\+)?\s*[条條个個人次]?\s*(?P<noun>" + "|".join(_CN_COUNT_NOUNS) + r")?$")
_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
#: Thousands separators other than the comma, between groups of three digits: a thin space, a (narrow)
#: no-break space, the Swiss apostrophe, the Arabic thousands separator (``1 234``, ``1'234``, ``١٬٢٣٤``).
_GROUP_SEPARATOR_RE = re.compile(r"(?<=\d)[\u2009\u00a0\u202f'\u2019\u066c](?=\d{3}(?!\d))")
_PLAIN_RE = re.compile(r"\d+(?:\.\d+)?")
_PLACEHOLDER_RE = re.compile(r"-|—|–|暂无|暫無|无|無|n/?a|null|none", re.IGNORECASE)
#: A price: a currency sign (``¥``, ``$``, ``₩``, ``₹``, any of the Unicode currency symbols block) or word.
_PRICE_RE = re.compile(r"[¢£¤¥$\u20a0-\u20cf]|元|美元|人民币|usd|rmb|cny|eur|"
                       r"(?<![^\W\d_])(?:kč|zł|руб|грн|лв|lei|ft|rp|rs|tl|kr|сом|тг)\.?(?![^\W\d_])", re.IGNORECASE)
_PERCENT_RE = re.compile(r"[%‰]|百分")
#: A measure, not a count: a unit of length, speed, mass, volume, data, power or temperature right
#: after the number (120km/h, 1.2万公里, 32GB, 25℃, 3.5吨, 150kW). One-letter units (m, t, g) are
#: left out: 1.5M is a million.
_MEASURE_RE = re.compile(
    r"\d\s*[万亿千]?\s*(?:km/h|kph|mph|km|cm|mm|kg|mg|lb|ml|gb|mb|kb|tb|kw|kwh|mah|hz|hp|rpm|℃|°c|°f|"
    r"公里|千米|厘米|毫米|米|公斤|千克|克|吨|毫升|升|伏|千瓦|瓦|马力|转/分|岁|"
    r"v|n[·.]?m|ah|kpa|mpa|bar|psi)(?![a-z])",
    re.IGNORECASE)
_RANGE_RE = re.compile(r"\d ?[-~～–—至到] ?\d")
#: A number that ranks or names something rather than counting it: an ordinal (第3页, 第1207期, 第5届),
#: a page total (共5页), a model year (2026款).
_ORDINAL_RE = re.compile(r"第\s*\d+\s*[页頁期版章节節集回篇届屆名位条條]|共\s*\d+\s*[页頁]|(?<!\d)\d{4}\s*款|№|^\s*No\.?\s*\d")
_DATE_RE = re.compile(
    r"(?<!\d)\d{4} ?[-/.年] ?\d{1,2}(?!\d)|(?<!\d)\d{4} ?年"  # 2025-05, 2025年5月, 2025年
    r"|\d ?: ?\d"  # 10:20
    r"|\d ?月 ?\d|\d ?[日号]"  # 5月5日
    r"|(?<!\d)\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?!\d)"  # 05/04/2025
    r"|\d ?(?:秒|分钟|分鐘|小时|小時|天|周|個月|个月|年)前"  # 3天前
    r"|\d ?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago"
    # a relative date or a year in other languages (3 saat önce, 2 часа назад, 2026 г.)
    r"|\d\s*[^\W\d_]+\.?\s+(?:önce|назад|тому|temu|geleden|sitten|tagasi|lalu|trước|fa|atrás|plus tôt)(?![^\W\d_])"
    r"|(?<!\d)\d{4}\s*(?:г\.|гг\.|р\.|год[ау]?|рік|року|yılı|m\.)",
    re.IGNORECASE,
)


#: Digits-only text up to this long (below INT64_MAX) is read by ``int`` before any pattern runs.
_FAST_DIGITS_MAX = 18


def _cn_small_number(s: str) -> int | None:
    """一 .. 九十九 written as counted numerals (十二, 二十, 两), else ``None``."""
    head, ten, tail = s.partition("十")
    if not ten:
        return _CN_DIGITS.get(s) if len(s) == 1 else None
    if (head and head not in _CN_DIGITS) or (tail and tail not in _CN_DIGITS) or head in ("两", "兩"):
        return None
    return (_CN_DIGITS[head] if head else 1) * 10 + (_CN_DIGITS[tail] if tail else 0)


def _cn_numeral_count(cleaned: str, raw: str) -> CountResult | None:
    """A count in Chinese numerals (十二条回复 12, 两万人浏览 20000 approx, 十万+ 100000 approx)."""
    m = _CN_NUMERAL_COUNT_RE.search(cleaned)
    if m is None or not (m["unit"] or m["plus"] or m["noun"]):
        return None
    n = _cn_small_number(m["n"])
    if n is None:
        return None
    if m["unit"]:
        factor, rule = _UNITS[m["unit"]]
        return CountResult(n * factor, True, rule, None, raw)
    return CountResult(n, bool(m["plus"]), "cn_numeral", None, raw)


def _result(raw: str, rule: str, reason: str) -> CountResult:
    return CountResult(None, False, rule, reason, raw)


def normalize_count(text: str | None) -> CountResult:
    """Read one count from page text; see the module docstring for the contract. Never raises."""
    raw = text if isinstance(text, str) else ""
    if raw.isascii() and raw.isdigit() and len(raw) <= _FAST_DIGITS_MAX:  # fast path: '19820'
        return CountResult(int(raw), False, "plain", None, raw)
    # 1 234 (thin space), 1'234, ١٬٢٣٤: grouped like 1,234 (before NFKC folds the spaces into plain ones)
    grouped = _GROUP_SEPARATOR_RE.sub(",", raw) if not raw.isascii() or "'" in raw else raw
    cleaned = clean_text(grouped)
    if not cleaned:
        return _result(raw, "none", "empty")
    if not any(ch.isdigit() for ch in cleaned):
        if _NONE_YET_RE.search(cleaned.strip("()（）[]【】 ")):  # 暂无评论 / No comments yet / 抢沙发: the page states zero
            return CountResult(0, False, "none_yet", None, raw)
        numeral = _cn_numeral_count(cleaned, raw)
        if numeral is not None:  # 仅有一条评论, 十二条回复, 两万人浏览
            return numeral
        return _result(raw, "none", "placeholder" if _PLACEHOLDER_RE.search(cleaned) else "unparsed")
    if _PERCENT_RE.search(cleaned):
        return _result(raw, "none", "percentage")
    if _PRICE_RE.search(cleaned):
        return _result(raw, "none", "price")
    if _DATE_RE.search(cleaned):
        return _result(raw, "none", "date")
    if _ORDINAL_RE.search(cleaned):
        return _result(raw, "none", "ordinal")
    if _RANGE_RE.search(cleaned):
        return _result(raw, "none", "range")  # 10-20, 05-27: a range or a date, not one count
    if _MEASURE_RE.search(cleaned):
        return _result(raw, "none", "measure")
    if _UNREAD_SCALE_RE.search(cleaned):
        return _result(raw, "none", "unknown_unit")

    values: set[int] = set()
    approx = False
    rule = "plain"
    for m in _TOKEN_RE.finditer(cleaned):
        num, unit = m.group("num"), m.group("unit")
        if m.group("sign"):
            return _result(raw, "none", "negative")
        if m.group("extra"):
            return _result(raw, "none", "unknown_unit")
        if unit and len(unit) > 1 and "," in num and _DECIMAL_COMMA_RE.fullmatch(num):  # 2,5 mil: decimal comma
            num = num.replace(",", ".")
        if "," in num:
            if not _GROUPED_RE.fullmatch(num):
                return _result(raw, "grouped", "malformed")
            tok_rule = "grouped"
        elif _PLAIN_RE.fullmatch(num):
            tok_rule = "plain"
        else:
            return _result(raw, "plain", "malformed")  # 1.2.3
        if len(num) > 40:
            return _result(raw, tok_rule, "too_large")
        try:
            amount = Decimal(num.replace(",", ""))
        except InvalidOperation:
            return _result(raw, tok_rule, "malformed")
        if unit:
            factor, tok_rule = _UNITS[unit] if unit in _UNITS else _UNITS[unit.rstrip(".").lower()]
            amount *= factor
        elif "." in num:
            return _result(raw, tok_rule, "bare_decimal")
        if amount != amount.to_integral_value():
            return _result(raw, tok_rule, "fractional")
        value = int(amount)
        if value > INT64_MAX:
            return _result(raw, tok_rule, "too_large")
        values.add(value)
        approx = approx or bool(unit) or bool(m.group("plus"))
        rule = tok_rule if tok_rule != "plain" else rule
    if not values:
        return _result(raw, "none", "unparsed")
    if len(values) > 1:
        return _result(raw, "none", "multiple_counts")
    return CountResult(values.pop(), approx, rule, None, raw)
