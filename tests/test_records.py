"""@record behaves as @dataclass for everything toolmix uses."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import FrozenInstanceError, field

import pytest

from toolmix.model.record import record


@record(frozen=True)
class Point:
    x: int
    y: int = 0
    note: str = field(default="", compare=False)


@record
class Bag:
    name: str
    items: list[str] = field(default_factory=list)
    size: int = field(default=0, repr=False)

    def __post_init__(self) -> None:
        self.size = len(self.items)


@pytest.mark.parametrize(
    ("args", "kwargs", "expected"),
    [
        ((1,), {}, (1, 0, "")),
        ((1, 2), {}, (1, 2, "")),
        ((), {"x": 1, "note": "n"}, (1, 0, "n")),
        ((1,), {"y": 5}, (1, 5, "")),
    ],
)
def test_arguments_and_defaults(
    args: tuple[int, ...], kwargs: dict[str, object], expected: tuple[object, ...]
) -> None:
    point = Point(*args, **kwargs)  # type: ignore[arg-type]
    assert (point.x, point.y, point.note) == expected


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        ((), {}, "missing required argument: 'x'"),
        ((1, 2, "n", 4), {}, "takes 3 arguments, 4 given"),
        ((1,), {"x": 2}, "multiple values for argument 'x'"),
        ((1,), {"z": 2}, "unexpected keyword argument 'z'"),
    ],
)
def test_wrong_arguments_are_refused(
    args: tuple[object, ...], kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(TypeError, match=message):
        Point(*args, **kwargs)  # type: ignore[arg-type]


def test_equality_hashing_and_repr() -> None:
    assert Point(1, 2, "a") == Point(1, 2, "b")  # note is not compared
    assert Point(1, 2) != Point(2, 1)
    assert Point(1) != (1, 0)
    assert len({Point(1, 2, "a"), Point(1, 2, "b")}) == 1
    assert repr(Point(1, 2, "n")) == "Point(x=1, y=2, note='n')"
    assert repr(Bag("b", ["x"])) == "Bag(name='b', items=['x'])"  # size has repr=False
    with pytest.raises(TypeError):
        hash(Bag("b"))  # mutable: unhashable, as a dataclass


def test_frozen_and_mutable() -> None:
    point = Point(1)
    with pytest.raises(FrozenInstanceError):
        point.x = 2  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del point.x  # type: ignore[misc]
    bag = Bag("b")
    bag.name = "c"
    assert bag.name == "c"


def test_factories_give_each_instance_its_own_value_and_post_init_runs() -> None:
    one, two = Bag("one"), Bag("two", ["a", "b"])
    one.items.append("x")
    assert Bag("three").items == []
    assert two.size == 2


def test_dataclasses_functions_and_pickle_still_work() -> None:
    point = Point(1, 2, "n")
    assert [f.name for f in dataclasses.fields(point)] == ["x", "y", "note"]
    assert dataclasses.replace(point, y=3) == Point(1, 3)
    assert dataclasses.asdict(point) == {"x": 1, "y": 2, "note": "n"}
    assert dataclasses.is_dataclass(Bag)
    for value in (point, Bag("b", ["x"])):
        again = pickle.loads(pickle.dumps(value))
        assert again == value and type(again) is type(value)


@record(frozen=True, slots=True, kw_only=True)
class Base:
    name: str
    tags: list[str] = field(default_factory=list)


@record(frozen=True, slots=True, kw_only=True)
class Child(Base):
    size: int  # kw_only: a field without a default may follow ones with defaults


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"name": "n"}, "Child\\(\\) needs the keyword argument 'size'"),
        ({"size": 1}, "Child\\(\\) needs the keyword argument 'name'"),
        ({"name": "n", "size": 1, "colour": 2, "age": 3}, "got unknown keywords: colour, age"),
    ],
)
def test_a_keyword_only_record_names_what_is_wrong(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(TypeError, match=message):
        Child(**kwargs)  # type: ignore[arg-type]


def test_a_slotted_record_is_frozen_inherits_and_pickles_as_its_fields() -> None:
    child = Child(name="n", size=2)
    assert (child.name, child.tags, child.size) == ("n", [], 2)
    assert not hasattr(child, "__dict__")
    assert child.__getstate__() == ("n", [], 2)  # type: ignore[attr-defined]
    assert pickle.loads(pickle.dumps(child)) == child
    assert child != Base(name="n") and repr(child) == "Child(name='n', tags=[], size=2)"
    with pytest.raises(FrozenInstanceError):
        child.size = 3  # type: ignore[misc]
    with pytest.raises(TypeError):
        Child("n", 2)  # type: ignore[misc]
