"""The JSON Schema of the output contract, shipped with the package."""

import json
from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=None)
def output_schema() -> dict:
    return json.loads(files(__package__).joinpath("output.schema.json").read_text(encoding="utf-8"))
