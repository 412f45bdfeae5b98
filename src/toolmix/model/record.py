"""``@record``: a dataclass whose methods are shared, not compiled for each class.

``@dataclass`` writes ``__init__``, ``__repr__``, ``__eq__`` (and for a frozen
class ``__setattr__``, ``__delattr__`` and ``__hash__``) as source text and
compiles it, class by class, on every import: a cost each model class would
add to every start (the figure is in docs/performance.md). ``@record`` lets ``dataclasses``
record the fields (so :func:`dataclasses.fields`, :func:`~dataclasses.replace`
and :func:`~dataclasses.asdict` work as usual) and gives the class generic
methods that read those fields. It supports what toolmix uses: positional and
keyword arguments, defaults, ``default_factory``, ``compare=False``,
``repr=False``, ``frozen=True``, ``slots=True``, ``kw_only=True`` and
``__post_init__``. A slotted record pickles as the tuple of its fields (the
tree cache keeps the tree's parts so).

The generic ``__init__`` is a little slower than a compiled one, so classes
built by the thousand in a loop (the linter's, the tree index's) stay
``@dataclass``. Type checkers see ``@record`` as ``@dataclass``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import MISSING, FrozenInstanceError
from typing import TYPE_CHECKING, Any

_Spec = tuple[tuple[str, Any, Any], ...]  # (name, default, default factory) per init field


def _init(self: Any, *args: Any, **kwargs: Any) -> None:
    cls = type(self)
    spec: _Spec = cls.__record_init__
    if len(args) > len(spec):
        raise TypeError(f"{cls.__name__}() takes {len(spec)} arguments, {len(args)} given")
    setter = object.__setattr__
    for index, (name, default, factory) in enumerate(spec):
        if index < len(args):
            if name in kwargs:
                raise TypeError(f"{cls.__name__}() got multiple values for argument {name!r}")
            value = args[index]
        elif name in kwargs:
            value = kwargs.pop(name)
        elif factory is not MISSING:
            value = factory()
        elif default is not MISSING:
            value = default
        else:
            raise TypeError(f"{cls.__name__}() missing required argument: {name!r}")
        setter(self, name, value)
    if kwargs:
        raise TypeError(
            f"{cls.__name__}() got an unexpected keyword argument {next(iter(kwargs))!r}"
        )
    post_init = getattr(self, "__post_init__", None)
    if post_init is not None:
        post_init()


def _kw_init(self: Any, **values: Any) -> None:
    cls = type(self)
    setter = object.__setattr__
    for name, default, factory in cls.__record_init__:
        if name in values:
            value = values.pop(name)
        elif factory is not MISSING:
            value = factory()
        elif default is not MISSING:
            value = default
        else:
            raise TypeError(f"{cls.__name__}() needs the keyword argument '{name}'")
        setter(self, name, value)
    if values:
        raise TypeError(f"{cls.__name__}() got unknown keywords: {', '.join(values)}")
    post_init = getattr(self, "__post_init__", None)
    if post_init is not None:
        post_init()


def _values(self: Any, names: tuple[str, ...]) -> tuple[Any, ...]:
    return tuple(getattr(self, name) for name in names)


def _eq(self: Any, other: Any) -> Any:
    if other.__class__ is not self.__class__:
        return NotImplemented
    names = self.__record_compare__
    return _values(self, names) == _values(other, names)


def _hash(self: Any) -> int:
    return hash(_values(self, self.__record_compare__))


def _repr(self: Any) -> str:
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__record_repr__)
    return f"{type(self).__qualname__}({shown})"


def _getstate(self: Any) -> tuple[Any, ...]:
    return _values(self, self.__record_fields__)


def _setstate(self: Any, state: tuple[Any, ...]) -> None:
    for name, value in zip(self.__record_fields__, state, strict=True):
        object.__setattr__(self, name, value)


def _frozen_setattr(self: Any, name: str, value: Any) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delattr(self: Any, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")


def _record(
    cls: type | None = None, /, *, frozen: bool = False, slots: bool = False, kw_only: bool = False
) -> Any:
    def wrap(cls: type) -> type:
        # Fields only: no method is generated (nor compiled) here.
        cls = dataclasses.dataclass(
            cls, init=False, repr=False, eq=False, slots=slots, kw_only=kw_only
        )
        fields = dataclasses.fields(cls)
        cls.__record_fields__ = tuple(f.name for f in fields)  # type: ignore[attr-defined]
        cls.__record_init__ = tuple(  # type: ignore[attr-defined]
            (f.name, f.default, f.default_factory) for f in fields if f.init
        )
        cls.__record_compare__ = tuple(f.name for f in fields if f.compare)  # type: ignore[attr-defined]
        cls.__record_repr__ = tuple(f.name for f in fields if f.repr)  # type: ignore[attr-defined]
        cls.__init__ = _kw_init if kw_only else _init  # type: ignore[misc]
        if slots:  # no __dict__ for pickle to fill
            cls.__getstate__ = _getstate  # type: ignore[attr-defined]
            cls.__setstate__ = _setstate  # type: ignore[attr-defined]
        cls.__repr__ = _repr  # type: ignore[method-assign,assignment]
        cls.__eq__ = _eq  # type: ignore[method-assign,assignment]
        if frozen:
            cls.__setattr__ = _frozen_setattr  # type: ignore[method-assign,assignment]
            cls.__delattr__ = _frozen_delattr  # type: ignore[method-assign,assignment]
            cls.__hash__ = _hash  # type: ignore[method-assign,assignment]
            # __dataclass_params__.frozen stays False: dataclasses would refuse
            # to collect the fields of a subclass (the tree's parts inherit) of
            # a class it believes frozen, unless it compiled the frozen methods.
        else:
            cls.__hash__ = None  # type: ignore[assignment]  # as @dataclass: mutable, unhashable
        return cls

    return wrap if cls is None else wrap(cls)


if TYPE_CHECKING:
    from dataclasses import dataclass as record
else:
    record = _record

__all__ = ["record"]
