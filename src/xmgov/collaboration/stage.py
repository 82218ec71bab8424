"""Publishing the agency network with the book's data (a stage of `make data`).

`stage(workdir)` reads the dataset tables from `workdir`, writes the exports into
`workdir/network/` and returns their Frictionless resource descriptors, which the pipeline adds to
`datapackage.json`: the CSV node and edge lists as typed tables with foreign keys to `agencies`,
the GraphML and GEXF files as non-tabular resources.
"""

from __future__ import annotations

from pathlib import Path

from ..dataset.package import fields, file_facts
from .exports import annotated, write_all
from .graphs import collaboration_network
from .measures import centrality

SUBDIR = "network"
AGENCIES_RESOURCE = "agencies"

_ROLE_NOTE = "Built from lead and implementer ties only; recognizers are excluded."
_NODE_FIELDS = [
    ("agency_id", "string", "Agency id (agencies.csv)."),
    ("label", "string", "Display label: Chinese name (English gloss)."),
    ("name_zh", "string", "Chinese name, as in agencies.csv."),
    ("name_en", "string", "English name, as in agencies.csv."),
    ("type", "string", "Agency type, as in agencies.csv."),
    ("system", "string", "System the type belongs to (xmgov.collaboration.actors.SYSTEM_OF_TYPE)."),
    ("level", "string", "Administrative level, as in agencies.csv."),
    ("district", "string", "District, as in agencies.csv."),
    ("entries", "integer", "Entries the agency leads or implements."),
    ("degree", "integer", "Other agencies it shares at least one entry with."),
    ("weighted_degree", "integer", "Sum of edge weights (co-participations)."),
    ("betweenness", "number", "Weighted betweenness centrality, distance = 1/weight, normalised."),
    ("eigenvector", "number", "Weighted eigenvector centrality in the largest component; 0 outside it."),
    ("community", "integer", "Louvain community (fixed seed), numbered from the largest."),
    ("in_largest_component", "boolean", "Whether the agency is in the largest connected component."),
]
_EDGE_FIELDS = [
    ("source", "string", "Agency id (the smaller of the pair)."),
    ("target", "string", "Agency id (the larger of the pair)."),
    ("weight", "integer", "Number of entries both agencies lead or implement."),
    ("entries", "string", "Those entries' ids, separated by ';'."),
]


def _agency_key(field: str) -> dict:
    return {"fields": [field], "reference": {"resource": AGENCIES_RESOURCE, "fields": ["agency_id"]}}


def descriptors(paths: dict[str, Path], workdir: Path) -> list[dict]:
    """Frictionless resource descriptors for the files written by `exports.write_all`."""
    def rel(kind: str) -> str:
        return paths[kind].relative_to(workdir).as_posix()

    return [
        {"name": "network-nodes", "type": "table", "path": rel("nodes"), "format": "csv",
         "mediatype": "text/csv", "encoding": "utf-8", **file_facts(paths["nodes"]),
         "title": "Agency network: nodes",
         "description": "Agencies that lead or implement at least one entry, with centrality measures. "
                        + _ROLE_NOTE,
         "schema": {"fields": fields(_NODE_FIELDS), "primaryKey": ["agency_id"],
                    "foreignKeys": [_agency_key("agency_id")]}},
        {"name": "network-edges", "type": "table", "path": rel("edges"), "format": "csv",
         "mediatype": "text/csv", "encoding": "utf-8", **file_facts(paths["edges"]),
         "title": "Agency network: edges",
         "description": "Pairs of agencies (network-nodes) that take part in the same entry; "
                        "weight = entries shared.",
         "schema": {"fields": fields(_EDGE_FIELDS), "primaryKey": ["source", "target"],
                    "foreignKeys": [_agency_key("source"), _agency_key("target")]}},
        {"name": "network-graphml", "type": "file", "path": rel("graphml"), "format": "graphml",
         "mediatype": "application/graphml+xml", "encoding": "utf-8", **file_facts(paths["graphml"]),
         "title": "Agency network (GraphML)",
         "description": "The same network as network-nodes and network-edges, for networkx, igraph, yEd."},
        {"name": "network-gexf", "type": "file", "path": rel("gexf"), "format": "gexf",
         "mediatype": "application/gexf+xml", "encoding": "utf-8", **file_facts(paths["gexf"]),
         "title": "Agency network (GEXF)",
         "description": "The same network as network-nodes and network-edges, for Gephi."},
    ]


def stage(workdir: Path) -> list[dict]:
    """Write workdir/network/{agency-network.graphml, agency-network.gexf, nodes.csv, edges.csv}
    from the data package being built in `workdir`, loaded as the chapter loads it
    (`report.load_tables`); return resource descriptors."""
    from .report import load_tables

    entries, agencies, entry_agencies, _ = load_tables(Path(workdir))
    two_mode, projection = collaboration_network(entries, agencies, entry_agencies)
    graph = annotated(projection, centrality(projection, two_mode))
    paths = write_all(graph, Path(workdir) / SUBDIR)
    return descriptors(paths, Path(workdir))
