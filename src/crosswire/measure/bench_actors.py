"""Time actor merging on synthetic runs of 1k, 10k and 100k person mentions.

People are made of random syllables (seeded), then written the ways the press writes one
name: romanisation swaps (y/i/j, v/w, kh/ch, zh/j/sch, ks/x, -iy/-y/-i, -ov/-off), a middle
initial, an initial for the given name, the bare surname. Forty mentions make an
article. The point is the growth: blocking keeps merging near-linear.
"""

from __future__ import annotations

import random
import time

from crosswire.models import Mention, TextSpan

SEED = 7
MENTIONS_PER_ARTICLE = 40
MENTIONS_PER_PERSON = 5
_ONSETS = ["b", "v", "g", "d", "zh", "z", "k", "l", "m", "n", "p", "r", "s", "t", "f", "kh",
           "ts", "ch", "sh", "y", "br", "gr", "kr", "st", "pr", "tr"]
_VOWELS = ["a", "o", "e", "i", "u", "y", "ya", "yu"]
_ENDINGS = ["ov", "ev", "in", "sky", "enko", "uk", "ich", "an", "ez", "son", "er"]
_SWAPS = [("y", "i"), ("v", "w"), ("kh", "ch"), ("zh", "sch"), ("ks", "x"), ("sky", "skiy"),
          ("sky", "ski"), ("ov", "off"), ("ts", "z"), ("ch", "tsch"), ("yu", "ju"), ("ya", "ia")]


def _word(rng: random.Random, *, ending: bool) -> str:
    # Surnames of three or four syllables: a pool of millions, so that a bigger run has more
    # surnames rather than ever more people per surname.
    count = rng.randint(3, 4) if ending else rng.randint(1, 3)
    syllables = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(count))
    word = syllables + (rng.choice(_ENDINGS) if ending else "")
    return word.capitalize()


def _spelling(rng: random.Random, given: str, middle: str, surname: str) -> str:
    swapped = surname
    for old, new in rng.sample(_SWAPS, 2):
        swapped = swapped.replace(old, new)
    form = rng.random()
    if form < 0.5:
        return f"{given} {swapped}"
    if form < 0.65:
        return f"{given} {middle}. {swapped}"
    if form < 0.75:
        return f"{given[0]}. {swapped}"
    return swapped


def synthetic_mentions(count: int, *, seed: int = SEED) -> list[Mention]:
    """``count`` person mentions of about count/5 people, forty to an article."""
    rng = random.Random(seed)
    people = [
        (_word(rng, ending=False), rng.choice("ABDEFGIKLMNOPRSTVY"), _word(rng, ending=True))
        for _ in range(max(1, count // MENTIONS_PER_PERSON))
    ]
    mentions = []
    for number in range(count):
        text = _spelling(rng, *rng.choice(people))
        article = f"b{number // MENTIONS_PER_ARTICLE}"
        start = (number % MENTIONS_PER_ARTICLE) * 50
        mentions.append(Mention(id=f"{article}:m{number}",
                                span=TextSpan(text, start, start + len(text), article), kind="person"))
    return mentions


def bench_lines(*, mentions: int = 100_000) -> list[str]:
    """Merge times for 1k, 10k, ... up to ``mentions`` synthetic mentions."""
    from crosswire.knowledge import names
    from crosswire.knowledge import transliterate
    from crosswire.actors.merge import merge_mentions

    lines = []
    size = 1_000
    while size <= mentions:
        sample = synthetic_mentions(size)
        for cached in (transliterate.skeletons, transliterate.surname_keys,
                       transliterate.words_match, names.parse_person):
            cached.cache_clear()  # time the spelling work too, not a warm cache
        started, cpu_started = time.perf_counter(), time.process_time()
        actors, _ = merge_mentions(sample)
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        lines.append(f"merge actors: {size:>7,} mentions -> {len(actors):>6,} actors in "
                     f"{elapsed:6.2f} s wall, {cpu:6.2f} s CPU ({size / cpu:,.0f} mentions per CPU second)")
        size *= 10
    return lines


if __name__ == "__main__":
    print("\n".join(bench_lines()))
