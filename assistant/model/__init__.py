"""The chat model: the one client seam, the embedded llama.cpp server, the scripted fake,
structured output and prompt rendering."""
