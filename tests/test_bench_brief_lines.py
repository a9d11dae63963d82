"""The brief bench's CPU lines: each figure the difference it names."""

from crosswire.measure.bench_brief import Timing, cpu_lines, pair_ratios_line


def test_the_kernel_line_splits_the_brief_at_the_end_of_its_parse():
    bare = Timing(wall=9.0, parent_cpu=0.1, children_cpu=18.0, kernel_cpu=0.25)
    brief = Timing(wall=15.0, parent_cpu=3.5, children_cpu=27.0, kernel_cpu=1.5,
                   parse=Timing(wall=12.0, parent_cpu=1.0, children_cpu=24.0, kernel_cpu=0.5))
    lines = list(cpu_lines(bare, brief))
    assert "3.00 s in forks, 2.50 s in this process" in lines[3]
    assert lines[4].split() == ["kernel:", "bare", "0.25", "s;", "brief", "1.50", "s,", "0.50", "s", "in",
                                "the", "parse", "and", "1.00", "s", "after", "it", "(forking,", "page",
                                "faults", "of", "forked", "copies)"]


def test_without_a_parse_mark_the_kernel_line_gives_the_totals_alone():
    timing = Timing(wall=1.0, parent_cpu=0.5, children_cpu=0.5, kernel_cpu=0.2)
    assert list(cpu_lines(timing, timing))[-1].startswith("  kernel:         bare 0.20 s; brief 0.20 s (")


def test_each_pair_gives_its_own_ratio():
    pairs = [(Timing(wall=10.0, parent_cpu=0.0, children_cpu=0.0, kernel_cpu=0.0),
              Timing(wall=15.0, parent_cpu=0.0, children_cpu=0.0, kernel_cpu=0.0)),
             (Timing(wall=12.0, parent_cpu=0.0, children_cpu=0.0, kernel_cpu=0.0),
              Timing(wall=15.0, parent_cpu=0.0, children_cpu=0.0, kernel_cpu=0.0))]
    assert pair_ratios_line(pairs).split(": ")[1] == "1.500, 1.250"
