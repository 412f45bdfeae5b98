"""Target 1: a headless answer vs `python -c "import pydantic"`, whole process.

python bench/headless.py
"""

from __future__ import annotations

from common import PYTHON, ROOT, TOOLMIX, compile_bytecode, report, side_by_side, wall

PERSONA = ROOT / "tests" / "personas" / "local-bakery.json"


def main() -> None:
    compile_bytecode()
    answer = [TOOLMIX, "answer", "social-tool-mix", "--answers", str(PERSONA), "--format", "json"]
    result = side_by_side(
        {
            "pydantic": lambda: wall([PYTHON, "-c", "import pydantic"]),
            "answer": lambda: wall(answer),
        }
    )
    ratio = result["answer"] / result["pydantic"]
    report(
        "1 headless answer",
        f"{result['answer'] * 1000:.0f} ms",
        f"import pydantic {result['pydantic'] * 1000:.0f} ms",
        ratio,
        "<= 3x",
        ratio <= 3,
    )


if __name__ == "__main__":
    main()
