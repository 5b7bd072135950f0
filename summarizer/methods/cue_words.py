"""English cue words for Edmundson's cue method.

sumy ships no cue words; its command line falls back to Czech lists. Edmundson
(1969) rewarded words that announce a finding and penalised hedges. For news we add,
as stigma, the vocabulary of page furniture (photo captions, calls to action)
so that a stray caption or prompt is pushed down even when cleaning missed it.
"""

from __future__ import annotations

BONUS_WORDS: frozenset[str] = frozenset(
    """
    announced announce announces agreed approved concluded conclude confirmed confirms
    decided declared discovered essential evidence found finds first important
    key landmark major main new official officially principal revealed reveals
    ruled showed shows significant significantly study according result results
    """.split()
)

STIGMA_WORDS: frozenset[str] = frozenset(
    """
    hardly impossible perhaps maybe allegedly arguably supposedly somewhat
    click subscribe newsletter pictured caption scroll advertisement sponsored
    share comment comments reply login password cookie cookies
    """.split()
)
