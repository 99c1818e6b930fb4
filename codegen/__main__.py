import gc
import sys

from .cli import main

# A run builds a few large, long-lived and mostly acyclic structures (the spec's node tree,
# the model and its cells, the outputs) and exits. With the default thresholds the cycle
# collector walks them again and again: a third of generating a 1000-state machine.
gc.set_threshold(100_000, 50, 100)

sys.exit(main())
