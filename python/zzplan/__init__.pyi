# Type stubs of the public API of zzplan (the package's own annotations, for type checkers).
import os
from pathlib import Path
from typing import Any, Dict, Hashable, List, Mapping, Optional, Sequence, Tuple, Union

import pandas as pd

__version__: str
COLUMNS: List[str]
METHODS: List[str]
LANGS: List[str]

_Path = Union[str, os.PathLike[str]]
_PlanSource = Union[Plan, str, os.PathLike[str]]
_Data = Union[pd.DataFrame, str, os.PathLike[str]]

class PlanError(ValueError):
    reason: str
    file: Optional[str]
    line: Optional[int]
    column: Optional[int]
    goal: Optional[str]
    key: Optional[str]
    def __init__(self, reason: str, *, file: Optional[str] = ..., line: Optional[int] = ...,
                 column: Optional[int] = ..., goal: Optional[str] = ..., key: Optional[str] = ...,
                 message: Optional[str] = ...) -> None: ...

class DataError(ValueError):
    reason: str
    file: Optional[str]
    line: Optional[int]
    row: Optional[int]
    index: Optional[Hashable]
    column: Optional[str]
    def __init__(self, reason: str, *, file: Optional[str] = ..., line: Optional[int] = ...,
                 row: Optional[int] = ..., index: Optional[Hashable] = ...,
                 column: Optional[str] = ..., message: Optional[str] = ...) -> None: ...

class Goal:
    id: Optional[str]
    indicator: Optional[str]
    target: Optional[str]
    unit: Optional[str]
    attribute: Optional[str]
    name: Optional[str]
    name_en: Optional[str]
    baseline: Optional[float]
    deadline: Optional[int]
    direction: Optional[str]
    price_basis: Optional[str]
    observed_as: Optional[str]
    reference: Optional[str]
    reference_observed_as: Optional[str]
    tolerance: Optional[str]
    def __init__(self, id: Optional[str] = ..., indicator: Optional[str] = ...,
                 target: Optional[str] = ..., unit: Optional[str] = ...,
                 attribute: Optional[str] = ..., name: Optional[str] = ...,
                 name_en: Optional[str] = ..., baseline: Optional[float] = ...,
                 deadline: Optional[int] = ..., direction: Optional[str] = ...,
                 price_basis: Optional[str] = ..., observed_as: Optional[str] = ...,
                 reference: Optional[str] = ..., reference_observed_as: Optional[str] = ...,
                 tolerance: Optional[str] = ...) -> None: ...

class Milestone:
    id: Optional[str]
    name: Optional[str]
    name_en: Optional[str]
    attribute: Optional[str]
    deadline: Optional[int]
    done: Optional[bool]
    year: Optional[int]
    evidence: Optional[str]
    def __init__(self, id: Optional[str] = ..., name: Optional[str] = ...,
                 name_en: Optional[str] = ..., attribute: Optional[str] = ...,
                 deadline: Optional[int] = ..., done: Optional[bool] = ...,
                 year: Optional[int] = ..., evidence: Optional[str] = ...) -> None: ...

class Plan:
    name: Optional[str]
    base_year: Optional[int]
    deadline: Optional[int]
    goals: Tuple[Goal, ...]
    milestones: Tuple[Milestone, ...]
    name_en: Optional[str]
    region: Optional[str]
    def __init__(self, name: Optional[str] = ..., base_year: Optional[int] = ...,
                 deadline: Optional[int] = ..., goals: Sequence[Goal] = ...,
                 milestones: Sequence[Milestone] = ..., name_en: Optional[str] = ...,
                 region: Optional[str] = ...) -> None: ...
    def to_toml(self) -> str: ...
    @classmethod
    def from_toml(cls, source: _Path) -> Plan: ...

def evaluate(plan: _PlanSource, data: _Data, *, method: str = ..., as_of: Optional[int] = ...,
             region: Optional[str] = ..., lang: str = ...,
             columns: Optional[Mapping[Hashable, str]] = ...) -> pd.DataFrame: ...
def report(plan: _PlanSource, data: _Data, path: _Path, *, method: str = ...,
           as_of: Optional[int] = ..., region: Optional[str] = ..., lang: str = ...,
           title: Optional[str] = ..., source: Optional[str] = ...,
           columns: Optional[Mapping[Hashable, str]] = ...) -> Path: ...
def explain(phrase: str) -> Dict[str, Any]: ...
def check(plan: _PlanSource) -> List[Dict[str, Any]]: ...
