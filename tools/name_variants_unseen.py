"""Build ``data/name_variants_unseen.jsonl``: name variants from schemes the matcher was
not built on (run once, output shipped).

    .venv/bin/python tools/name_variants_unseen.py

The same East Slavic people as ``name_variants_build.py``, written with romanisation
schemes that set did not use: national schemes of other languages (Polish, Czech,
Hungarian, Dutch, Swedish, Spanish), the iuliia schemes it left out, and given names
translated to their English or Latin equivalents (Pyotr as Peter or Petrus). Each run
mixes people with the set's hard negatives (siblings, a wife, namesakes told apart by
the patronymic).

The schemes are split in two: ``tune`` schemes may be looked at while improving the
matcher, ``held`` schemes only report (their letters and equivalents are never read to
fix a miss). Needs ``iuliia`` (a development dependency).
"""

from __future__ import annotations

import random
from pathlib import Path

from name_variants_build import (
    write_rows,
    _FORMS,
    RU_MALE,
    UA_MALE,
    _decidable,
    _feminine,
    _initial,
    _iuliia,
    _patronymic,
    _person,
    _table,
)

SEED = 20261205
OUTPUT = Path(__file__).resolve().parents[1] / "src" / "crosswire" / "data" / "name_variants_unseen.jsonl"

# National transliteration practice of other languages (press and library usage).
_POLISH = {"а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "е": "e", "ё": "io", "ж": "ż",
           "з": "z", "и": "i", "й": "j", "к": "k", "л": "ł", "м": "m", "н": "n", "о": "o",
           "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "c",
           "ч": "cz", "ш": "sz", "щ": "szcz", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu",
           "я": "ia", "і": "i", "ї": "ji", "є": "je", "ґ": "g"}
_CZECH = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "ž",
          "з": "z", "и": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
          "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "c",
          "ч": "č", "ш": "š", "щ": "šč", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "ju",
          "я": "ja", "і": "i", "ї": "ji", "є": "je", "ґ": "g"}
_HUNGARIAN = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "zs",
              "з": "z", "и": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
              "п": "p", "р": "r", "с": "sz", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "c",
              "ч": "cs", "ш": "s", "щ": "scs", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "ju",
              "я": "ja", "і": "i", "ї": "ji", "є": "je", "ґ": "g"}
_DUTCH = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "zj",
          "з": "z", "и": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
          "п": "p", "р": "r", "с": "s", "т": "t", "у": "oe", "ф": "f", "х": "ch", "ц": "ts",
          "ч": "tsj", "ш": "sj", "щ": "sjtsj", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "joe",
          "я": "ja", "і": "i", "ї": "ji", "є": "je", "ґ": "g"}
_SWEDISH = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "zj",
            "з": "z", "и": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
            "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "ts",
            "ч": "tj", "ш": "sj", "щ": "sjtj", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "ju",
            "я": "ja", "і": "i", "ї": "ji", "є": "je", "ґ": "g"}
_SPANISH = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "io", "ж": "zh",
            "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
            "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "j", "ц": "ts",
            "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu",
            "я": "ia", "і": "i", "ї": "i", "є": "ie", "ґ": "g"}
_ROMANIAN = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "io", "ж": "j",
             "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
             "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ț",
             "ч": "ci", "ш": "ș", "щ": "șci", "ъ": "", "ы": "î", "ь": "", "э": "e", "ю": "iu",
             "я": "ia", "і": "i", "ї": "ii", "є": "ie", "ґ": "g"}
_TURKISH = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "j",
            "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
            "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts",
            "ч": "ç", "ш": "ş", "щ": "şç", "ъ": "", "ы": "ı", "ь": "", "э": "e", "ю": "yu",
            "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g"}
_FINNISH = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "ž",
            "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
            "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts",
            "ч": "tš", "ш": "š", "щ": "štš", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "ju",
            "я": "ja", "і": "i", "ї": "ji", "є": "je", "ґ": "g"}
_PORTUGUESE = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "io", "ж": "j",
               "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
               "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
               "ч": "tch", "ш": "ch", "щ": "chtch", "ъ": "", "ы": "y", "ь": "", "э": "e",
               "ю": "iu", "я": "ia", "і": "i", "ї": "ii", "є": "ie", "ґ": "g"}
# Italian writes ch and sh as "ci"/"sci" before a, o, u and "c"/"sc" before e, i.
_ITALIAN = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "io", "ж": "z",
            "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
            "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "z",
            "ч": "c", "ш": "sc", "щ": "sc", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu",
            "я": "ia", "і": "i", "ї": "ii", "є": "ie", "ґ": "g"}


def _italian(word: str) -> str:
    lower = word.lower()
    out = []
    for i, ch in enumerate(lower):
        following = lower[i + 1 : i + 2]
        if ch in "чшщ" and following not in ("е", "и", "і", "є", "ё", "ю", "я"):
            out.append(_ITALIAN[ch] + "i")  # Gorbaciov
        else:
            out.append(_ITALIAN.get(ch, ch))
    text = "".join(out)
    return text[:1].upper() + text[1:]


# Given names as the English press and Latin documents translate them.
_ENGLISH_GIVEN = {
    "Александр": "Alexander", "Алексей": "Alexis", "Андрей": "Andrew", "Борис": "Boris",
    "Василий": "Basil", "Виктор": "Victor", "Георгий": "George", "Григорий": "Gregory",
    "Денис": "Dennis", "Евгений": "Eugene", "Иван": "John", "Илья": "Elijah",
    "Кирилл": "Cyril", "Константин": "Constantine", "Михаил": "Michael", "Николай": "Nicholas",
    "Павел": "Paul", "Пётр": "Peter", "Семён": "Simon", "Степан": "Stephen",
    "Фёдор": "Theodore", "Яков": "Jacob", "Антон": "Anthony", "Эдуард": "Edward",
    "Анна": "Anne", "Екатерина": "Catherine", "Елена": "Helen", "Ирина": "Irene",
    "Мария": "Mary", "Юлия": "Julia", "Наталья": "Natalie", "Ксения": "Xenia",
    "Олександр": "Alexander", "Андрій": "Andrew", "Василь": "Basil", "Микола": "Nicholas",
    "Михайло": "Michael", "Павло": "Paul", "Петро": "Peter", "Іван": "John",
    "Григорій": "Gregory", "Степан": "Stephen", "Костянтин": "Constantine",
    "Катерина": "Catherine", "Олена": "Helen", "Ірина": "Irene", "Марія": "Mary",
    "Ганна": "Anne", "Софія": "Sophia", "Христина": "Christina", "Юлія": "Julia",
}
_LATIN_GIVEN = {
    "Александр": "Alexander", "Алексей": "Alexius", "Андрей": "Andreas", "Василий": "Basilius",
    "Виктор": "Victor", "Георгий": "Georgius", "Григорий": "Gregorius", "Денис": "Dionysius",
    "Евгений": "Eugenius", "Иван": "Ioannes", "Илья": "Elias", "Кирилл": "Cyrillus",
    "Константин": "Constantinus", "Михаил": "Michael", "Николай": "Nicolaus",
    "Павел": "Paulus", "Пётр": "Petrus", "Семён": "Simeon", "Степан": "Stephanus",
    "Фёдор": "Theodorus", "Яков": "Iacobus", "Антон": "Antonius", "Максим": "Maximus",
    "Валерий": "Valerius", "Виталий": "Vitalis", "Леонид": "Leonidas", "Роман": "Romanus",
    "Анна": "Anna", "Екатерина": "Catharina", "Елена": "Helena", "Ирина": "Irena",
    "Мария": "Maria", "Юлия": "Iulia", "Наталья": "Natalia", "Ксения": "Xenia",
    "Валентина": "Valentina", "Татьяна": "Tatiana",
    "Олександр": "Alexander", "Андрій": "Andreas", "Василь": "Basilius", "Микола": "Nicolaus",
    "Михайло": "Michael", "Павло": "Paulus", "Петро": "Petrus", "Іван": "Ioannes",
    "Григорій": "Gregorius", "Степан": "Stephanus", "Костянтин": "Constantinus",
    "Катерина": "Catharina", "Олена": "Helena", "Ірина": "Irena", "Марія": "Maria",
    "Ганна": "Anna", "Софія": "Sophia", "Христина": "Christina", "Юлія": "Iulia",
}
_GERMAN_GIVEN = {
    "Пётр": "Peter", "Иван": "Johann", "Михаил": "Michael", "Николай": "Nikolaus",
    "Андрей": "Andreas", "Георгий": "Georg", "Павел": "Paul", "Степан": "Stephan",
    "Фёдор": "Theodor", "Григорий": "Gregor", "Яков": "Jakob", "Василий": "Basilius",
    "Екатерина": "Katharina", "Елена": "Helene", "Мария": "Maria", "Анна": "Anna",
    "Петро": "Peter", "Іван": "Johann", "Михайло": "Michael", "Микола": "Nikolaus",
    "Андрій": "Andreas", "Павло": "Paul", "Катерина": "Katharina", "Олена": "Helene",
    "Марія": "Maria", "Ганна": "Anna", "Григорій": "Gregor", "Софія": "Sophie",
}
_FRENCH_GIVEN = {
    "Пётр": "Pierre", "Иван": "Jean", "Михаил": "Michel", "Николай": "Nicolas",
    "Андрей": "André", "Георгий": "Georges", "Павел": "Paul", "Степан": "Étienne",
    "Фёдор": "Théodore", "Григорий": "Grégoire", "Яков": "Jacques", "Алексей": "Alexis",
    "Александр": "Alexandre", "Константин": "Constantin", "Кирилл": "Cyrille",
    "Дмитрий": "Dimitri", "Сергей": "Serge", "Евгений": "Eugène", "Антон": "Antoine",
    "Максим": "Maxime", "Екатерина": "Catherine", "Елена": "Hélène", "Мария": "Marie",
    "Юлия": "Julie", "Ирина": "Irène", "Наталья": "Nathalie", "Ксения": "Xénia",
    "Петро": "Pierre", "Іван": "Jean", "Михайло": "Michel", "Микола": "Nicolas",
    "Андрій": "André", "Павло": "Paul", "Олександр": "Alexandre", "Катерина": "Catherine",
    "Олена": "Hélène", "Марія": "Marie", "Софія": "Sophie", "Юлія": "Julie",
}


def _scheme_table(table: dict[str, str]):
    return lambda word: _table(word, table, ending=(("ий", "ij"), ("ый", "yj")))


def _translated(given: dict[str, str], surnames):
    """Given name translated where it has an equivalent, the rest romanised."""
    def scheme(word: str) -> str:
        return given.get(word) or surnames(word)
    return scheme


def schemes() -> dict[str, dict[str, object]]:
    """split -> scheme name -> function of one Cyrillic word.

    The first held schemes (Dutch, Swedish, Spanish, ISO 9 1968 and the other iuliia ones,
    Latin given names) were moved to ``tune`` once their scores had been seen and the
    matcher learnt their letters; the ``held`` schemes below were written after that.
    """
    press = _iuliia("WIKIPEDIA")
    return {
        "tune": {
            "polish": _scheme_table(_POLISH),
            "czech": _scheme_table(_CZECH),
            "hungarian": _scheme_table(_HUNGARIAN),
            "dutch": _scheme_table(_DUTCH),
            "swedish": _scheme_table(_SWEDISH),
            "spanish": _scheme_table(_SPANISH),
            "iso_9_1954": _iuliia("ISO_9_1954"),
            "gost_16876": _iuliia("GOST_16876"),
            "iso_9_1968": _iuliia("ISO_9_1968"),
            "gost_7034": _iuliia("GOST_7034"),
            "gost_52535": _iuliia("GOST_52535"),
            "mvd_782": _iuliia("MVD_782"),
            "yandex_maps": _iuliia("YANDEX_MAPS"),
            "ala_lc_alt": _iuliia("ALA_LC_ALT"),
            "english_given": _translated(_ENGLISH_GIVEN, press),
            "latin_given": _translated(_LATIN_GIVEN, _scheme_table(_POLISH)),
        },
        "held": {
            "italian": _italian,
            "romanian": _scheme_table(_ROMANIAN),
            "turkish": _scheme_table(_TURKISH),
            "finnish": _scheme_table(_FINNISH),
            "portuguese": _scheme_table(_PORTUGUESE),
            "german_given": _translated(_GERMAN_GIVEN, _scheme_table(_FINNISH)),
            "french_given": _translated(_FRENCH_GIVEN, _scheme_table(_PORTUGUESE)),
        },
    }


IULIIA_SCHEMES = frozenset({"iso_9_1954", "gost_16876", "iso_9_1968", "gost_7034", "gost_52535",
                            "mvd_782", "yandex_maps", "ala_lc_alt", "english_given"})


def _render(person: dict, scheme, form: str) -> str:
    given, surname = scheme(person["given"]), scheme(person["surname"])
    if form == "full":
        return f"{given} {surname}"
    if form == "patronymic_initial":
        return f"{given} {_initial(person['patronymic'], scheme)} {surname}"
    if form == "patronymic_full":
        return f"{given} {scheme(person['patronymic'])} {surname}"
    if form == "initial":
        return f"{_initial(person['given'], scheme)} {surname}"
    return surname  # bare


# Cyrillic forms are the tuned set's business; here every form is a romanisation.
FORMS = [form for form in _FORMS if form != "cyrillic"]


def _case(rng: random.Random, number: int, split: str) -> list[dict]:
    people = [_person(rng, rng.choice(["ru", "ru", "ua"])) for _ in range(rng.randint(3, 4))]
    base = people[0]
    if rng.random() < 0.5:  # sibling of the same gender: same surname, another given name
        pool = RU_MALE if base["lang"] == "ru" else UA_MALE
        if base["gender"] == "m":
            people.append(dict(base, given=rng.choice([g for g in pool if g[0] != base["given"][0]])))
    if rng.random() < 0.3 and base["gender"] == "m" and _feminine(base["surname"]):
        people.append(dict(base, gender="f", given="Анна" if base["lang"] == "ru" else "Ганна",
                           surname=_feminine(base["surname"])))
    if rng.random() < 0.3:  # namesakes told apart only by the patronymic
        pool = RU_MALE if base["lang"] == "ru" else UA_MALE
        other = dict(base, must_have_patronymic=True)
        fathers = [g for g in pool if _patronymic(g)[0] != base["patronymic"][0]]
        other["patronymic"] = _patronymic(rng.choice(fathers), female=base["gender"] == "f")
        base["must_have_patronymic"] = True
        people.append(other)
    table = schemes()[split]
    articles = [f"x{n}" for n in range(1, 5)]
    rows = []
    for index, person in enumerate(people):
        entity = f"u{number}p{index}"
        namesakes = [p for p in people if p is not person and p["surname"] == person["surname"]]
        # iuliia's schemes are Russian only (they pass Ukrainian letters through)
        names = sorted(name for name in table
                       if person["lang"] == "ru" or name not in IULIIA_SCHEMES)
        rng.shuffle(names)
        for count in range(rng.randint(2, 6)):
            name = names[count % len(names)]
            form = "full" if count == 0 else rng.choice(FORMS)
            if person["must_have_patronymic"]:
                form = rng.choice(["patronymic_initial", "patronymic_full"])
            elif namesakes and form in ("initial", "bare"):
                form = "full"
            if name.endswith("_given") and form == "initial":
                form = "full"  # an initial of a translated name is no one's usage
            article = articles[index % 2] if count == 0 else rng.choice(articles)
            if form == "bare":
                article = rows[-1]["article"] if rows and rows[-1]["entity"] == entity else article
            rows.append({"article": article, "text": _render(person, table[name], form),
                         "entity": entity, "family": f"{split}_{name}", "form": form})
    return _decidable(rows, people_surnames={f"u{number}p{i}": p["surname"]
                                             for i, p in enumerate(people)})


def build(*, cases: int = 40) -> list[dict]:
    rng = random.Random(SEED)
    rows = []
    for number in range(cases):
        split = "tune" if number % 2 == 0 else "held"
        for row in _case(rng, number, split):
            rows.append({"case": f"unseen{number:03d}", "split": split, **row})
    return rows


def main() -> None:
    write_rows(build(), OUTPUT)


if __name__ == "__main__":
    main()
