"""``crosswire serve``: the archive as a web interface, read-only.

Server-rendered pages over the archive (stories, a story's briefing, articles with their
spans, actors, outlets, search), each with a JSON twin; nothing here writes to the archive.
``crosswire.serve.app.create_app`` needs the ``serve`` extra (Starlette, uvicorn); the
command module does not, so the CLI loads without it.
"""
