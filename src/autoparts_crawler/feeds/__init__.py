"""Feed output: the kill-safe JSON Lines exporter, the reporting file storage, append-only JSONL files."""
