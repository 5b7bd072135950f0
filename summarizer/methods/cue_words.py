"""English cue words for Edmundson's cue method.

sumy ships no cue words; its command line falls back to Czech lists. Edmundson
(1969) rewarded words that announce a finding and penalised hedges. For news we add,
as stigma, the vocabulary of page furniture (photo captions, calls to action)
so that a stray caption or prompt is pushed down even when cleaning missed it.

Both lists are stemmed by sumy before matching, so every inflection counts. That is
why "share" is not a stigma word although "Share this article" is page furniture:
its stem also matches "shares", the subject of every market story. "comment" stays:
besides comment sections it catches "declined to comment", a sentence that never
carries the news. Only English has cue words; for other languages the cue weight is
0 and Edmundson uses title words and position alone.
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
    comment comments reply login password cookie cookies
    """.split()
)
