"""Language: detection, accent folding, tokenising, number words and intents (en, fr)."""
