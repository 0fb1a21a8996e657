"""Plain-Python core: cases, windows, buckets, money and the rules on them.

Nothing here imports Qt, SQLAlchemy, folium, geopy, pyvrp or cryptography; a contract in
pyproject.toml and ``tests/unit/test_layers.py`` keep it so.
"""
