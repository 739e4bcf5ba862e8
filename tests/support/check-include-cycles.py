#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when the quoted includes of the source tree form a cycle between file pairs.

A file pair is a header and its source (core/api/verificationjob.h and .cpp): pair A depends on
pair B when A's header or source includes B's header. A quoted include is looked up first in the
including file's own folder, then in the include folders the targets export (protocol/, core/,
ui/, app/, engine/, server/, tests/support/, tests/server/), as the compiler does; includes that
resolve to no file of the tree (generated headers, moc files) are ignored.

Usage: check-include-cycles.py [SOURCE_DIR]   (default: the repository this script lives in)
"""

import os
import re
import sys

# tests/server: the end-to-end tests share its server runner.
INCLUDE_DIRS = [
    "protocol", "core", "ui", "app", "engine", "server", "tests/support", "tests/server",
]
SCANNED = ["protocol", "core", "ui", "app", "engine", "server", "tests", "bench"]
EXTENSIONS = (".h", ".hpp", ".cpp", ".cc")
INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"', re.MULTILINE)


def source_files(root):
    for top in SCANNED:
        for folder, dirs, files in os.walk(os.path.join(root, top)):
            dirs.sort()
            for name in sorted(files):
                if name.endswith(EXTENSIONS):
                    yield os.path.relpath(os.path.join(folder, name), root)


def resolve(root, including, included):
    for base in [os.path.dirname(including)] + INCLUDE_DIRS:
        candidate = os.path.normpath(os.path.join(base, included))
        if os.path.isfile(os.path.join(root, candidate)):
            return candidate
    return None


def pair_of(path):
    return os.path.splitext(path)[0]


def include_graph(root):
    """Pair -> {included pair: (including file, included file)}."""
    graph = {}
    for path in source_files(root):
        with open(os.path.join(root, path), encoding="utf-8", errors="replace") as f:
            text = f.read()
        edges = graph.setdefault(pair_of(path), {})
        for included in INCLUDE.findall(text):
            target = resolve(root, path, included)
            if target and pair_of(target) != pair_of(path):
                edges.setdefault(pair_of(target), (path, target))
                graph.setdefault(pair_of(target), {})
    return graph


def strongly_connected(graph):
    """Tarjan's algorithm, iterative; the components of more than one pair, each sorted."""
    index, low, on_stack, stack, found = {}, {}, set(), [], []
    for start in sorted(graph):
        if start in index:
            continue
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        work = [(start, iter(sorted(graph[start])))]
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return sorted(found)


def one_cycle(graph, component):
    """A shortest way round the component, from its first pair back to it."""
    members = set(component)
    start = component[0]
    previous = {start: None}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for child in sorted(graph[node]):
                if child == start:
                    path = [node]
                    while previous[path[-1]] is not None:
                        path.append(previous[path[-1]])
                    return list(reversed(path)) + [start]
                if child in members and child not in previous:
                    previous[child] = node
                    following.append(child)
        frontier = following
    return component


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", ".."))
    graph = include_graph(root)
    components = strongly_connected(graph)
    for component in components:
        cycle = one_cycle(graph, component)
        print("include cycle: " + " -> ".join(cycle))
        for a, b in zip(cycle, cycle[1:]):
            including, included = graph[a][b]
            print("    %s includes %s" % (including, included))
    if components:
        print("%d include cycle(s) between file pairs" % len(components))
        return 1
    print("no include cycle between the %d file pairs" % len(graph))
    return 0


if __name__ == "__main__":
    sys.exit(main())
