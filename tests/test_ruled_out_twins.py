"""The export's *Ruled out* leaves out an item whose twin is in the plan (review 9, F5).

"Facebook Page: You already run one" (12 suite plans at 8.51.0) and "Instagram: You
already run one" (10) were listed under *Ruled out* while the plan kept the person's own
Page or Instagram: the place read as ruled out. Twins are engine/swaps.py's.
"""

from __future__ import annotations

from conftest import SHIPPED, persona_mix
from toolmix.audit.walks import random_walks
from toolmix.engine.selection import Mix, choose
from toolmix.engine.swaps import ruled_out_to_list, twins
from toolmix.export.markdown import render
from toolmix.load.loader import load_tree
from toolmix.text.markdown_escape import inline

MAIN = SHIPPED / "social-tool-mix.json"


def _ruled_out_part(md: str) -> str:
    if "## Ruled out" not in md:
        return ""
    part = md.split("## Ruled out", 1)[1]
    return part.split("\n## ", 1)[0]


def _listed(mix: Mix) -> set[str]:
    part = _ruled_out_part(render(mix, appendix=False))
    return {r.item_id for r in mix.ruled_out if f"- **{inline(r.item.name)}**:" in part}


def test_a_kept_page_in_the_plan_is_not_listed_as_ruled_out() -> None:
    mix = persona_mix("dog-rescue")  # runs a Facebook Page: the plan keeps it
    picked = {r.item_id for r in mix.picked}
    assert picked & twins(mix.tree)["facebook_page"]
    assert "facebook_page" in {r.item_id for r in mix.ruled_out}
    assert "facebook_page" not in _listed(mix)
    assert "You already run one" not in _ruled_out_part(render(mix, appendix=False))


def test_ruled_out_lists_every_row_but_those_whose_twin_is_picked() -> None:
    loaded = load_tree(MAIN)
    of = twins(loaded.tree)
    hidden = shown_with_twin_out = 0
    for walk in random_walks(loaded, 400, 0):
        mix = choose(loaded.tree, walk.session.answered_path())
        picked = {r.item_id for r in mix.picked}
        listed = _listed(mix)
        assert listed == {r.item_id for r in ruled_out_to_list(mix)}
        for row in mix.ruled_out:
            twin_picked = bool(of.get(row.item_id, set()) & picked)
            assert (row.item_id in listed) != twin_picked, (row.item_id, walk)
            hidden += twin_picked
            shown_with_twin_out += bool(of.get(row.item_id)) and not twin_picked
    # Both cases occur: a twin in the plan (line left out), and none (the line says why).
    assert hidden and shown_with_twin_out
