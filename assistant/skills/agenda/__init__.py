"""The mentor's session tools, owned by code: the relationship phase (:mod:`phase`), the timed
agenda skeleton and its wording from the guides (:mod:`plans`, :mod:`words`, :mod:`skeleton`),
the prep brief (:mod:`brief`) and the agenda's exports (:mod:`export`).

The model is not needed for any of it; :func:`skeleton.apply_fill` is the seam through which it
will later rewrite item purposes and questions (and nothing else) through a schema.
"""
