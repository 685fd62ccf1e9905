"""Ingesting articles into the store: inputs (files, folders, feeds, manifests), parallel
extraction and the ``sahelwatch ingest`` command."""
