"""The learned second opinion on event coding (``model.EventModel``), trained by ``learn.train``.

On unless the edge says otherwise (``configure``, from ``Settings.model``: ``TIDINGS_MODEL=0`` or
``--no-model`` on ``tidings code`` / ``ingest`` / ``eval events`` codes with the rules alone).
"""

from __future__ import annotations

ENABLED = True


def configure(enabled: bool) -> None:
    """Choose whether this process's ``EventCoder.load()`` (without an explicit ``model``) uses the model."""
    global ENABLED
    ENABLED = enabled
