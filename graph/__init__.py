"""The store and everything that reads or writes it: settings, namespaces and
IRIs, the ontology and its validation, the CLI shell."""
