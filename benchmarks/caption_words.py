"""Words the benchmarks' caption generators share; each script imports this from its own folder
(the folder of the script that runs is on ``sys.path``)."""

from __future__ import annotations

# The months as AP style writes them in a dateline ("Sept. 19").
MONTHS_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec."]  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
