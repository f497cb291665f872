"""What the browser (``catalog browse``) reads, one module per job, as plain frozen dataclasses:
``paging`` the caption list, ``facets`` the value counts beside it, ``detail`` one caption.
"""
