"""Documents → records → RDF: reading, cleaning, structure, the spaCy pipeline,
entity resolution and provenance. Depends on ``graph`` for namespaces only."""
