"""Extraction: from one parsed document to its events, quotes and posts, in small stages.

triggers (which words) → reality (did it happen) → arguments (which tokens) → referents and actors (who)
→ dates, places, numbers → merge (one event per happening). `document.DocumentExtractor` runs them in order;
`redline.app.Redline` is the facade over it.
"""
