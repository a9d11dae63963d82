"""Build ``data/name_variants.jsonl``: the actor-merging test set (run once, output shipped).

    .venv/bin/python tools/name_variants_build.py

East Slavic people are synthesised from common Russian and Ukrainian names written in
Cyrillic, then romanised with published schemes: BGN/PCGN, ISO 9 (GOST 7.79), ALA-LC,
scholarly, UNGEGN, ICAO 9303, the French passport scheme, Wikipedia and others (through
the ``iuliia`` package), plus German (Duden), French press and Ukrainian national (KMU
2010) tables written out below. Arabic, Persian, Chinese, Korean, diacritic and nickname
families are lists of spellings found in the international press. Every case is one
simulated run (several "articles"); it mixes people with hard negatives: siblings and
spouses of one surname, namesakes told apart by a patronymic initial, father and son,
Kim Jong Un beside Kim Jong Il and Kim Yo Jong. Cases are split dev/test by a hash of
their id; the matcher is tuned on dev only.

Needs ``iuliia`` (a development dependency); the pipeline never imports this module.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from pathlib import Path

SEED = 20221122
OUTPUT = Path(__file__).resolve().parents[1] / "src" / "crosswire" / "data" / "name_variants.jsonl"

# --- East Slavic raw material (common names, Cyrillic) -------------------------------------
RU_MALE = ["Александр", "Алексей", "Андрей", "Борис", "Вадим", "Валерий", "Василий", "Виктор",
           "Виталий", "Геннадий", "Георгий", "Григорий", "Денис", "Евгений", "Егор", "Иван",
           "Игорь", "Илья", "Кирилл", "Константин", "Леонид", "Максим", "Михаил", "Николай",
           "Олег", "Павел", "Пётр", "Роман", "Руслан", "Семён", "Станислав", "Степан", "Тимур",
           "Фёдор", "Юрий", "Яков", "Антон", "Артём", "Аркадий", "Эдуард"]
RU_FEMALE = ["Анна", "Екатерина", "Елена", "Ирина", "Наталья", "Ольга", "Светлана", "Татьяна",
             "Юлия", "Мария", "Людмила", "Валентина", "Галина", "Ксения", "Дарья", "Алла"]
RU_SURNAMES = ["Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов", "Михайлов", "Новиков",
               "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров",
               "Козлов", "Степанов", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров",
               "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Воробьёв", "Кузьмин",
               "Фролов", "Гусев", "Киселёв", "Ильин", "Максимов", "Поляков", "Сорокин",
               "Виноградов", "Ковалёв", "Белов", "Антонов", "Тарасов", "Баранов", "Филиппов",
               "Комаров", "Давыдов", "Беляев", "Герасимов", "Богданов", "Осипов", "Сидоров",
               "Матвеев", "Титов", "Марков", "Миронов", "Крылов", "Куликов", "Карпов", "Власов",
               "Мельников", "Денисов", "Гаврилов", "Тихонов", "Казаков", "Афанасьев", "Данилов",
               "Щербаков", "Назаров", "Калинин", "Быков", "Маслов", "Родионов", "Коновалов",
               "Лазарев", "Воронин", "Климов", "Филатов", "Пономарёв", "Голубев", "Кудрявцев",
               "Прохоров", "Наумов", "Журавлёв", "Овчинников", "Трофимов", "Леонов", "Соболев",
               "Ермаков", "Колесников", "Гончаров", "Емельянов", "Грачёв", "Архипов", "Громов",
               "Малышев", "Румянцев", "Кондратьев", "Горбунов", "Тихомиров", "Скворцов",
               "Белоусов", "Нестеров", "Харитонов", "Князев", "Цветков", "Чернышёв", "Жданов",
               "Щукин", "Чистяков", "Хохлов", "Рыжков", "Хомяков", "Шувалов", "Вяземский",
               "Островский", "Жуковский", "Чайковский", "Успенский", "Троицкий"]
UA_MALE = ["Олександр", "Олексій", "Андрій", "Богдан", "Василь", "Віктор", "Віталій", "Дмитро",
           "Євген", "Іван", "Ігор", "Микола", "Михайло", "Олег", "Павло", "Петро", "Сергій",
           "Тарас", "Юрій", "Ярослав", "Остап", "Григорій", "Степан", "Костянтин", "Валерій"]
UA_FEMALE = ["Олена", "Ірина", "Наталія", "Оксана", "Тетяна", "Юлія", "Марія", "Ганна",
             "Катерина", "Людмила", "Світлана", "Галина", "Софія", "Христина"]
UA_SURNAMES = ["Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Олійник",
               "Шевчук", "Поліщук", "Бойко", "Ковальчук", "Мельник", "Лисенко", "Марченко",
               "Савченко", "Руденко", "Петренко", "Клименко", "Павленко", "Кравчук",
               "Кузьменко", "Левченко", "Харченко", "Гончаренко", "Литвиненко", "Ткачук",
               "Сидоренко", "Карпенко", "Захарченко", "Юрченко", "Приходько", "Гнатюк",
               "Яковенко", "Іваненко", "Костенко", "Хоменко", "Зінченко", "Пономаренко",
               "Гаврилюк", "Дорошенко", "Федоренко", "Кириленко", "Чорновіл", "Грищенко",
               "Гайдай", "Жадан", "Яворський", "Вишневський", "Стефанишин", "Хмельницький",
               "Золотаренко", "Ющук", "Щербина", "Цибульський", "Чумак", "Черкаський"]

# --- scheme tables (published schemes, written out) ----------------------------------------
_GERMAN = {"а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "sch",
           "з": "s", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
           "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "z",
           "ч": "tsch", "ш": "sch", "щ": "schtsch", "ъ": "", "ы": "y", "ь": "", "э": "e",
           "ю": "ju", "я": "ja", "і": "i", "ї": "ji", "є": "je", "ґ": "g"}
_GERMAN_UA = {**_GERMAN, "г": "h", "и": "y", "й": "j"}
_FRENCH = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "io", "ж": "j",
           "з": "z", "и": "i", "й": "ï", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
           "п": "p", "р": "r", "с": "s", "т": "t", "у": "ou", "ф": "f", "х": "kh", "ц": "ts",
           "ч": "tch", "ш": "ch", "щ": "chtch", "ъ": "", "ы": "y", "ь": "", "э": "e",
           "ю": "iou", "я": "ia", "і": "i", "ї": "ï", "є": "ie", "ґ": "g"}
_KMU_2010 = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
             "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
             "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
             "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "",
             "ю": "iu", "я": "ia", "'": "", "’": ""}
_KMU_2010_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
# Older English press practice for Ukrainian (Yanukovich-style): и -> y, й -> y, ий -> iy.
_PRESS_UA = {**_KMU_2010, "ї": "yi", "й": "y", "є": "ye", "ю": "yu", "я": "ya"}
_VOWELS_CYR = set("аеёиоуыэюяіїє")


def _table(word: str, table: dict[str, str], *, initial: dict[str, str] | None = None,
           ending: tuple[tuple[str, str], ...] = ()) -> str:
    lower = word.lower()
    for cyr, lat in ending:
        if lower.endswith(cyr):
            lower = lower[: -len(cyr)] + "\0" + lat
            break
    out = []
    for i, ch in enumerate(lower):
        if ch == "\0":
            out.append(lower[i + 1 :])
            break
        if i == 0 and initial and ch in initial:
            out.append(initial[ch])
        elif table is _GERMAN and ch == "е" and (i == 0 or lower[i - 1] in _VOWELS_CYR):
            out.append("je")
        elif table in (_GERMAN, _FRENCH) and ch == "с" and 0 < i < len(lower) - 1 and \
                lower[i - 1] in _VOWELS_CYR and lower[i + 1] in _VOWELS_CYR:
            out.append("ss")
        else:
            out.append(table.get(ch, ch))
    text = "".join(out)
    return text[:1].upper() + text[1:]


def _iuliia(name: str):
    import iuliia

    schema = getattr(iuliia, name)
    return lambda word: schema.translate(word.replace("ё", "е").replace("Ё", "Е"))


def russian_schemes() -> dict[str, object]:
    schemes = {name.lower(): _iuliia(name) for name in (
        "BGN_PCGN", "ALA_LC", "GOST_779", "SCIENTIFIC", "ICAO_DOC_9303", "MVD_310_FR",
        "WIKIPEDIA", "TELEGRAM", "UNGEGN_1987", "MOSMETRO", "BS_2979")}
    schemes["german_duden"] = lambda w: _table(w, _GERMAN, ending=(("ий", "i"), ("ый", "y")))
    schemes["french_press"] = lambda w: _table(w, _FRENCH, ending=(("ий", "i"), ("ов", "ov")))
    schemes["english_press"] = _iuliia("WIKIPEDIA")
    schemes["legacy_off"] = lambda w: re.sub(r"ov$", "off", _iuliia("BGN_PCGN")(w))
    return schemes


def ukrainian_schemes() -> dict[str, object]:
    return {
        "kmu_2010": lambda w: _table(w, _KMU_2010, initial=_KMU_2010_INITIAL),
        "press_ua": lambda w: _table(w, _PRESS_UA, ending=(("ий", "iy"),)),
        "press_ua_yy": lambda w: _table(w, _PRESS_UA, ending=(("ий", "yy"),)),
        "german_ua": lambda w: _table(w, _GERMAN_UA, ending=(("ий", "yj"),)),
        "french_ua": lambda w: _table(w, {**_FRENCH, "г": "h", "и": "y"}, ending=(("ий", "ï"),)),
        "anyascii": lambda w: __import__("anyascii").anyascii(w),
    }


def _feminine(surname: str) -> str | None:
    for male, female in (("ский", "ская"), ("цкий", "цкая"), ("ов", "ова"), ("ев", "ева"),
                         ("ёв", "ёва"), ("ин", "ина"), ("ський", "ська"), ("цький", "цька")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return None


def _patronymic(father: str, *, female: bool = False) -> str:
    stem = father.replace("ё", "е")
    if stem.endswith("й") or stem.endswith("ь"):
        stem, suffix = stem[:-1], "ев"
    elif stem.endswith("а"):
        stem, suffix = stem[:-1], ""
    else:
        suffix = "ов"
    if not suffix:
        return stem + ("ична" if female else "ич")
    return stem + suffix + ("на" if female else "ич")


# --- cases ------------------------------------------------------------------------------------


def _person(rng: random.Random, lang: str, *, gender: str | None = None) -> dict:
    gender = gender or rng.choice(["m", "m", "f"])
    if lang == "ru":
        given = rng.choice(RU_MALE if gender == "m" else RU_FEMALE)
        surname = rng.choice(RU_SURNAMES)
        father = rng.choice(RU_MALE)
    else:
        given = rng.choice(UA_MALE if gender == "m" else UA_FEMALE)
        surname = rng.choice(UA_SURNAMES)
        father = rng.choice(UA_MALE)
    if gender == "f":
        surname = _feminine(surname) or surname
    patronymic = _patronymic(father, female=gender == "f")
    return {"lang": lang, "gender": gender, "given": given, "patronymic": patronymic,
            "surname": surname, "must_have_patronymic": False}


def _render(person: dict, scheme, form: str) -> str:
    given, surname = scheme(person["given"]), scheme(person["surname"])
    patronymic = scheme(person["patronymic"])
    if form == "full":
        return f"{given} {surname}"
    if form == "patronymic_initial":
        return f"{given} {_initial(person['patronymic'], scheme)} {surname}"
    if form == "patronymic_full":
        return f"{given} {patronymic} {surname}"
    if form == "initial":
        return f"{_initial(person['given'], scheme)} {surname}"
    if form == "bare":
        return surname
    if form == "cyrillic":
        return f"{person['given']} {person['surname']}"
    raise ValueError(form)


def _initial(word: str, scheme) -> str:
    """A Cyrillic name cut to its first letter, as the scheme writes that letter ("Yu.")."""
    letter = scheme(word[0]).strip("'ʹ’")
    return (letter[:1].upper() + letter[1:].lower() or word[0]) + "."


_FORMS = ["full"] * 9 + ["patronymic_initial"] * 3 + ["initial"] * 2 + ["bare"] * 3 + \
    ["cyrillic"] * 2 + ["patronymic_full"]


def _slavic_case(rng: random.Random, number: int) -> list[dict]:
    people = [_person(rng, rng.choice(["ru", "ru", "ua"])) for _ in range(rng.randint(3, 4))]
    base = people[0]
    if rng.random() < 0.5:  # sibling: same surname, another given name
        pool = RU_MALE if base["lang"] == "ru" else UA_MALE
        sibling = dict(base, given=rng.choice([g for g in pool if g[0] != base["given"][0]]),
                       gender="m")
        if base["gender"] == "f":
            sibling["surname"] = base["surname"]
            sibling["gender"] = "f"
            sibling["given"] = rng.choice([g for g in (RU_FEMALE if base["lang"] == "ru" else UA_FEMALE)
                                           if g[0] != base["given"][0]])
        people.append(sibling)
    if rng.random() < 0.3 and base["gender"] == "m" and _feminine(base["surname"]):
        female = RU_FEMALE if base["lang"] == "ru" else UA_FEMALE
        people.append(dict(base, gender="f", given=rng.choice(female),
                           surname=_feminine(base["surname"])))
    if rng.random() < 0.3:  # namesakes: one name, told apart only by the patronymic
        other = dict(base, must_have_patronymic=True)
        pool = RU_MALE if base["lang"] == "ru" else UA_MALE
        fathers = [g for g in pool if _patronymic(g)[0] != base["patronymic"][0]]
        other["patronymic"] = _patronymic(rng.choice(fathers), female=base["gender"] == "f")
        base["must_have_patronymic"] = True
        people.append(other)
    schemes = {"ru": russian_schemes(), "ua": ukrainian_schemes()}
    articles = [f"x{n}" for n in range(1, 5)]
    rows = []
    for index, person in enumerate(people):
        entity = f"s{number}p{index}"
        namesakes = [p for p in people if p is not person and p["surname"] == person["surname"]]
        scheme_names = list(schemes[person["lang"]])
        rng.shuffle(scheme_names)
        for count in range(rng.randint(2, 6)):
            scheme = schemes[person["lang"]][scheme_names[count % len(scheme_names)]]
            form = "full" if count == 0 else rng.choice(_FORMS)
            if person["must_have_patronymic"]:
                form = rng.choice(["patronymic_initial", "patronymic_full"])
            elif namesakes and form in ("initial", "bare"):
                form = "full"
            article = articles[index % 2] if count == 0 else rng.choice(articles)
            if form == "bare":
                article = rows[-1]["article"] if rows and rows[-1]["entity"] == entity else article
            rows.append({"article": article, "text": _render(person, scheme, form),
                         "entity": entity, "family": f"east_slavic_{person['lang']}",
                         "form": form})
    return _decidable(rows, people_surnames={f"s{number}p{i}": p["surname"] for i, p in enumerate(people)})


def _decidable(rows: list[dict], *, people_surnames: dict[str, str]) -> list[dict]:
    """Drop bare surnames whose person a careful reader could not tell from the run."""
    kept = []
    for row in rows:
        if row["form"] == "bare":
            same = {e for e, s in people_surnames.items() if s == people_surnames[row["entity"]]}
            in_article = {r["entity"] for r in rows if r["article"] == row["article"] and r["form"] != "bare"}
            if len(same) > 1 and (len(same & in_article) != 1 or row["entity"] not in in_article):
                continue
        kept.append(row)
    return kept


def build(*, slavic_cases: int = 80) -> list[dict]:
    from name_variants_curated import CURATED_CASES

    rng = random.Random(SEED)
    rows = []
    for number in range(slavic_cases):
        for row in _slavic_case(rng, number):
            rows.append({"case": f"slavic{number:03d}", **row})
    for name, clusters in CURATED_CASES.items():
        for index, (family, forms) in enumerate(clusters):
            for count, text in enumerate(forms):
                pin = text.split("@")[1] if "@" in text else None
                article = f"x{index % 3 + 1}" if count % 2 == 0 else f"y{index}"
                article = f"y{index}" if pin == "own" else pin or article
                rows.append({"case": name, "article": article, "text": text.split("@")[0],
                             "entity": f"{name}:{index}", "family": family,
                             "form": "curated"})
    for row in rows:
        digest = hashlib.sha256(row["case"].encode()).digest()
        row["split"] = "dev" if digest[0] % 2 == 0 else "test"
    return rows


def write_rows(rows: list[dict], output: Path) -> None:
    """The rows as JSON Lines at ``output``, and one line saying so."""
    with output.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} mentions to {output}")


def main() -> None:
    write_rows(build(), OUTPUT)


if __name__ == "__main__":
    main()
