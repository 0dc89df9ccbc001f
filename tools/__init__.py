"""Developer tools (not installed): the test portal server, fuzz-input generator, sample portal generator."""
