"""The inter-agency collaboration network: who appears together in the awarded entries.

One module per job: `actors` (who takes part, across which systems and levels), `graphs` (the
two-mode entries x agencies graph and its one-mode projection), `measures` (network- and
node-level measures), `nullmodel` (degree-preserving rewiring), `recognition` (bodies that
recognised entries, kept out of the network), `rhetoric` (coordination talk versus named bodies),
`exports` (GraphML, GEXF, CSV), `plots` (the chapter's figures) and `stage` (the exports as
published data).
"""

# One seed for everything random in the network analysis (communities, null model, layout): the
# book's seed, the source article's publication date.
from ..figures import SEED  # noqa: E402
