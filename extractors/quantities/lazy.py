"""`once`: a property computed on first read and kept in the instance (context.py reads a
sentence's triggers, breaks and years only when a quantity asks)."""

from __future__ import annotations


class once:
    """A property computed on first read and kept in the instance (functools.cached_property
    without its lock, which Python 3.11 takes on every first read)."""

    def __init__(self, compute):
        self.compute, self.name, self.__doc__ = compute, compute.__name__, compute.__doc__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value
