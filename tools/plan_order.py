"""How often a plan breaks the order of its weeks, over the audit's random walks.

Two faults, judged by the ``kept`` and ``after`` lists of a tree's ``x-plan``
(docs/tree-format.md, *The plan's weeks*): a place the person already runs done
after a new place, and a step done before every place it needs (same week and
earlier in the list counts as before). And one figure of how soon the plan earns:
of the plans that start a new place the tree puts ``first`` (Google's listing,
a travel site, a marketplace), how many start it this week rather than later.
And how many steps week 1 lists: the most, and how many plans list each count
(all steps, and those that take real time, more than six minutes). And, with no
network kept, how often a new network is started before the new listing the tree
puts first (Google's listing is a trade's first job; since 8.30.0 the network follows it;
not counted where a ``lead`` pick leads, since the event's network comes first there).
And how often a light new place (a routine of six minutes a week or less: a directory
profile), which since 8.38.0 is not counted as the week's new place, is started this week.
And how often a place the person runs with its own short step (``kept_steps``: a kept
LinkedIn profile's check) is tidied this week. And, where a ``lead`` rule holds (the
ticket page for a goal of filling events), how often its pick is done this week, and how
often a new place the tree puts first (a podcast, a listing) comes before it. And how
often a step with an ``after_count`` (a scheduler: two networks) comes before the last of
the places it waits for. And how often a step's text names a picked place that starts in a
later week (the policy "pinned on your Page and site" this week, the site next week): read
from the words, not from ``after``, by the table ``NAMES`` below; a text that says when
("once you have a Page", "as it starts", "when you start them") names no place too soon.
And how often a week's steps and the routines then running take more than the hours
(a week given to a step the routines leave no room for says what they get, and is
counted apart, with those given to one step alone and to one small step alone), by which week the first month's steps end, and how often a month's steps
from month 2 on take more than four weeks of what the routines leave (docs/tree-format.md,
rule 7). The walks are those of ``toolmix audit``
(random walks, seed 0), so the figures in docs/personas.md can be checked:

    python tools/plan_order.py trees/social-tool-mix.json
    git show 82ceb5e:trees/social-tool-mix.json > /tmp/8.2.0.json
    python tools/plan_order.py /tmp/8.2.0.json --judge trees/social-tool-mix.json

``--judge`` takes the lists from another file, to measure a tree from before it
had them (8.2.0 above) by the same yardstick.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from toolmix.audit.walks import random_walks
from toolmix.engine.essentials import lookup_for
from toolmix.engine.plan import QUICK, FirstSteps, first_steps
from toolmix.engine.plan_new_places import LIGHT
from toolmix.engine.selection import Mix, choose
from toolmix.load.loader import load_tree
from toolmix.model.tree import Tree

#: The words by which a step's text names a place: a new place's item id, and a pattern.
#: A platform named as a platform (YouTube in a podcast's feed) is no place of the plan.
NAMES = {
    "facebook_page": r"\bPage\b",
    "facebook_page_weekly": r"\bPage\b",
    "public_website_new": r"\b(web)?site\b",
    "instagram": r"\bInstagram\b",
    "instagram_weekly": r"\bInstagram\b",
    "gbp": r"\bGoogle listing\b",
    "gbp_area": r"\bGoogle listing\b",
    "tripadvisor": r"\bTripadvisor\b",
    "etsy": r"\bEtsy\b",
    "tiktok": r"\bTikTok\b",
    "pinterest": r"\bPinterest\b",
    "whatsapp_community": r"\bWhatsApp Community\b",
    "whatsapp_channel": r"\bWhatsApp Channel\b",
    "telegram_channel": r"\bTelegram\b",
    "discord": r"\bDiscord\b",
    "facebook_group": r"\bFacebook Group\b",
    "newsletter": r"\bnewsletter\b|\bemail list\b",
    "linkedin_page": r"\bcompany page\b",
    "podcast_apps": r"\byour (podcast|show)\b",
}
#: Words that say when: the step names the place for the day it is up.
WHEN = re.compile(r"\bonce\b|\bas it starts\b|\bwhen you (start|have)\b|\bif you have\b")


def names_later(steps: FirstSteps) -> list[tuple[str, str]]:
    """The (step, place) pairs where a step's text names a place that starts in a later week."""
    at = _slots(steps)
    text = {s.item: s.text for s in steps.in_order()}
    return [
        (step, place)
        for place, pattern in NAMES.items()
        if place in at
        for step in at
        if step != place
        and at[step][0] < at[place][0]
        and re.search(pattern, text[step])
        and not WHEN.search(text[step])
    ]


#: A month's slot is MONTH + its number, after every week of the first month.
MONTH = 100


def _slots(steps: FirstSteps) -> dict[str, tuple[int, int]]:
    """Each step's (week, place in its list): 0 this week, 1 next week, 2 the week after,
    ...; from month 2 on, MONTH + its month."""
    at = {s.item: (0, j) for j, s in enumerate(steps.this_week)}
    at |= {s.item: (1, j) for j, s in enumerate(steps.next_week)}
    at |= {s.item: (s.week - 1, j) for j, s in enumerate(steps.later_weeks)}
    return at | {s.item: (MONTH + s.month, j) for j, s in enumerate(steps.month_two)}


def over_hours(mix: Mix, steps: FirstSteps) -> tuple[list[int], list[int]]:
    """The weeks whose steps and the routines then running take more than the hours, and
    the weeks given to one step the routines cannot make room for (they say so).

    Worked out here from the items' ``effort`` and each step's week, not by the plan's
    own arithmetic: a routine runs from the week after its pick's first step (from week 2
    for a pick without one), one from month 2 on not in the first month. A week given to
    a step (``paused``) is over only when its steps alone pass the hours in more weeks
    than it leaves empty after it.
    """
    if mix.budget is None:
        return [], []
    week = {s.item: 1 for s in steps.this_week} | {s.item: 2 for s in steps.next_week}
    week |= {s.item: s.week for s in steps.later_weeks}
    later = {s.item for s in steps.month_two}
    over, given = [], []
    for n in sorted(set(week.values())):
        took = sum(
            s.hours
            for s in steps.this_week + steps.next_week + steps.later_weeks
            if week[s.item] == n
        )
        running = sum(
            r.item.effort
            for r in mix.picked
            if r.item_id not in later and week.get(r.item_id, 1) < n and n > 1
        )
        if n in steps.paused:
            given.append(n)
            free = next((m for m in sorted(set(week.values())) if m > n), n + 99) - n
            if took > mix.budget * free + 1e-9:
                over.append(n)
        elif took + running > mix.budget + 1e-9:
            over.append(n)
    return over, given


#: A step this short (ten minutes) is a small step: it never needs a week given to it alone.
SMALL = 10 / 60


def small_alone(steps: FirstSteps) -> list[int]:
    """The weeks given to one small step on its own (the routines get less for five minutes)."""
    return [n for n in steps.paused if len(w := steps.week(n)) == 1 and w[0].hours <= SMALL + 1e-9]


def month_over(mix: Mix, steps: FirstSteps) -> bool:
    """Whether a month's steps (from month 2 on) take more than four weeks of what the
    routines then running leave (those of the month's own picks and later not yet).

    The first month's weeks past the fourth fall in month 2 (weeks 5 to 8: rule 7), so
    their steps count in its four weeks, before its new place."""
    if mix.budget is None:
        return False
    past = [s for s in steps.later_weeks if s.week > 4]
    for m in sorted({s.month for s in steps.month_two}):
        later = {s.item for s in steps.month_two if s.month >= m}
        running = sum(r.item.effort for r in mix.picked if r.item_id not in later)
        took = sum(s.hours for s in steps.month_two if s.month == m)
        took += sum(s.hours for s in past if (s.week - 1) // 4 + 1 == m)
        if took > 4 * (mix.budget - running) + 1e-9:
            return True
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tree", type=Path)
    parser.add_argument("--judge", type=Path, help="take kept and after from this tree file")
    parser.add_argument("--walks", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    spec = json.loads((args.judge or args.tree).read_text(encoding="utf-8"))["x-plan"]
    items = json.loads(args.tree.read_text(encoding="utf-8"))["items"]
    # A light new place (routine of six minutes a week at most) is no new place in the plan.
    light = {i for i in spec["new"] if items.get(i, {}).get("effort", 0) <= LIGHT + 1e-9}
    kept, new, after = set(spec["kept"]), set(spec["new"]) - light, spec["after"]
    earning = set(spec.get("first", [])) & (new | light)
    nets = set(spec.get("networks", []))
    loaded = load_tree(args.tree)
    both = late = needing = early = earns = earns_now = netless = waits = pair = net_first = 0
    lights = lights_now = kept_own = kept_own_now = 0
    kept_steps = spec.get("kept_steps", {})
    judge = load_tree(args.judge).tree if args.judge else None
    leads = leads_now = lead_late = counted = counted_early = 0
    wait_for = dict(spec.get("after_count", {}))
    counts: Counter[int] = Counter()
    real: Counter[int] = Counter()
    named: Counter[tuple[str, str]] = Counter()
    named_plans = over_plans = given_plans = alone_plans = small_plans = 0
    last_week: Counter[int] = Counter()
    monthly = months_over = past_four = 0
    for walk in random_walks(loaded, args.walks, args.seed):
        mix = choose(loaded.tree, walk.session.answered_path())
        steps = first_steps(mix)
        counts[len(steps.this_week)] += 1
        real[sum(s.hours > QUICK + 1e-9 for s in steps.this_week)] += 1
        at = _slots(steps)
        too_soon = names_later(steps)
        named.update(too_soon)
        over, given = over_hours(mix, steps)
        over_plans += bool(over)
        given_plans += bool(given)
        alone_plans += any(len(steps.week(n)) == 1 for n in given)
        small_plans += bool(small_alone(steps))
        last_week[steps.weeks] += 1
        monthly += bool(steps.month_two)
        months_over += month_over(mix, steps)
        past_four += bool(steps.month_two) and steps.weeks > 4
        named_plans += bool(too_soon)
        runs = [i for i in at if i in kept]
        started = [i for i in at if i in new]
        if runs and started:
            both += 1
            late += any(at[k] > at[p] for k in runs for p in started)
        pairs = [(s, [p for p in ps if p in at and p != s]) for s, ps in after.items() if s in at]
        pairs = [(s, ps) for s, ps in pairs if ps]
        if pairs:
            needing += 1
            early += any(not any(at[p] < at[s] for p in ps) for s, ps in pairs)
        if not any(i in nets - new for i in at) and any(i in nets for i in at):
            netless += 1
            waits += min(at[i] for i in at if i in nets)[0] >= MONTH
        listing = min((at[i] for i in at if i in earning - nets), default=None)
        net_new = min((at[i] for i in at if i in nets & new), default=None)
        led = [i for i in _lead_items(judge or loaded.tree, mix) if i in at]
        if listing and net_new and not any(i in nets - new for i in at) and not led:
            pair += 1
            net_first += net_new < listing
        # A kept place's own step (a LinkedIn profile checked); a habit's (saved answers in
        # the travel site's inbox) is no place the person runs.
        own = [
            i
            for i, k in kept_steps.items()
            if i in kept and i in at and k["has"] in _chosen(mix, k)
        ]
        if own:
            kept_own += 1
            kept_own_now += all(at[i][0] == 0 for i in own)
        if led:
            leads += 1
            leads_now += all(at[i][0] == 0 for i in led)
            lead_late += any(at[p] < at[i] for i in led for p in at if p in earning - nets)
        for step, k in wait_for.items():
            places = sorted(at[p] for p in after.get(step, []) if p in at and p != step)
            if step in at and len(places) >= k:
                counted += 1
                counted_early += at[step] < places[k - 1]
        if at.keys() & light:
            lights += 1
            lights_now += all(at[i][0] == 0 for i in at.keys() & light)
        first = min((at[i] for i in at if i in earning), default=None)
        if first is not None:
            earns += 1
            earns_now += first[0] == 0
    print(f"{args.walks} walks (seed {args.seed}) of {args.tree}:")
    print(f"- a place the person runs after a new place: {late} of {both} plans holding both")
    print(f"- a step before every place it needs: {early} of {needing} plans holding such a step")
    print(
        f"- the new place that earns started this week: {earns_now} of {earns} plans starting one"
    )
    print(f"- no network before month 2, none kept: {waits} of {netless} plans starting one")
    print(f"- none kept, a new network before the listing put first: {net_first} of {pair} plans")
    print(f"- a light new place started this week: {lights_now} of {lights} plans holding one")
    print(f"- a kept place with its own step tidied this week: {kept_own_now} of {kept_own} plans")
    print(f"- a lead pick (the event, goal events) this week: {leads_now} of {leads} plans")
    print(f"- a new place put first before a lead pick: {lead_late} of {leads} plans")
    print(f"- a step before the last place its after_count waits for: {counted_early} of {counted}")
    print(f"- a step names a place that starts in a later week: {named_plans} plans", end="")
    print("".join(f"; {s} names {p}: {n}" for (s, p), n in named.most_common()))
    print(f"- a week's steps + routines running exceed the hours: {over_plans} plans")
    print(
        f"- a week given to a step, the routines get what its steps leave: {given_plans} plans",
        end="",
    )
    print(f"; a week given to one step alone: {alone_plans}")
    print(f"- a week given to a step of 10 minutes or less on its own: {small_plans} plans")
    print(f"- the first month's last week with a step: plans by week: {_spread(last_week)}")
    print(
        f"- a month's steps exceed four weeks of the hours the routines leave: {months_over}",
        end="",
    )
    print(
        f" of {monthly} plans with a month list (weeks 5 to 8 counted in month 2); {past_four}",
        end="",
    )
    print(" of them with a step past week 4")
    print(f"- steps this week: at most {max(counts)}; plans by count: {_spread(counts)}")
    print(f"- of them taking real time: at most {max(real)}; plans by count: {_spread(real)}")


def _lead_items(tree: Tree, mix: Mix) -> list[str]:
    """The picks of ``mix`` that ``tree``'s ``lead`` rules put first (the event, goal events)."""
    if tree.x_plan is None:
        return []
    lookup = lookup_for(tree, mix.answers)
    rules = [r for r in tree.x_plan.lead if r.if_.holds(lookup)]
    return [p.item_id for p in mix.picked if any(p.item_id in r.items for r in rules)]


def _chosen(mix: Mix, kept: dict[str, str]) -> list[str]:
    """The options chosen at the kept step's multi question (none if it was not asked)."""
    answer = mix.answers.get(kept["answer"])
    return answer if isinstance(answer, list) else []


def _spread(counts: Counter[int]) -> str:
    """``0: 12, 1: 40, ...``: how many plans list each number of steps."""
    return ", ".join(f"{n}: {counts[n]:,}" for n in sorted(counts))


if __name__ == "__main__":
    main()
